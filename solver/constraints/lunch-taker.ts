// Who a lunch entry is for, for the lunch rules' messages and ids.
import { groupName, teacherName } from "../validate/describe.ts";
import type { LunchTaken } from "../validate/occupancy.ts";
import type { Model } from "../model/model.ts";

export const lunchTakerName = (model: Model, l: LunchTaken): string =>
  l.teacher >= 0 ? teacherName(model, l.teacher) : groupName(model, l.group);

export const lunchTakerIds = (
  model: Model,
  l: LunchTaken,
): { teachers: string[] } | { groups: string[] } =>
  l.teacher >= 0
    ? { teachers: [model.teachers[l.teacher]!.id] }
    : { groups: [model.groups[l.group]!.id] };

export const windowList = (model: Model): string =>
  model.periodIds.filter((_, p) => model.lunchPeriods?.[p]).join(", ");
