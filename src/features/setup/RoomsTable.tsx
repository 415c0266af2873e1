import { Fragment, useState } from "react";
import { AvailabilityCell, AvailabilityDialog } from "./AvailabilityDialog.tsx";
import { NumberCell, parseCount, RowMessages, TextCell, WordsCell } from "./cells.tsx";
import { newRoom } from "./defaults.ts";
import { removeItem, setField } from "./edit.ts";
import { fieldSetter, idSetter, pasteInto } from "./item-setters.ts";
import { usageCount } from "./references.ts";
import { AddForm, AddInput, SetupSection } from "./SetupSection.tsx";
import { useRowWindow } from "./row-window.tsx";
import { useSetup } from "./use-setup.ts";
import { ActionsHeader, DeleteCell } from "./RowActions.tsx";

const SHOWN = ["id", "name", "capacity", "features", "unavailable"];

export function RoomsTable() {
  const { doc, errors, edit } = useSetup();
  const [name, setName] = useState("");
  const [capacity, setCapacity] = useState("");
  const [availability, setAvailability] = useState<number | null>(null);
  const rooms = doc.rooms ?? [];
  const at = (i: number, field: string) => errors.at("rooms", i, field);
  const set = fieldSetter(edit, "rooms");
  const setRoomId = idSetter(edit, "rooms");
  const win = useRowWindow(
    "rooms",
    rooms.map((r) => [r.id, r.name ?? "", ...(r.features ?? [])].join(" ")),
    (i) => errors.rest("rooms", i, []).length > 0,
  );

  const add = () => {
    const seats = parseCount(capacity);
    const room = newRoom(doc, name, typeof seats === "number" ? seats : undefined);
    edit(`Add room ${room.id}`, (s) => ({ ...s, rooms: [...(s.rooms ?? []), room] }));
    setName("");
    setCapacity("");
  };

  const remove = (i: number) => {
    const room = rooms[i];
    if (!room) return;
    const used = usageCount(doc, "room", room.id);
    const question = `Room ${room.id} is fixed for ${used} ${used === 1 ? "section" : "sections"}; they will get any room that fits. Delete it?`;
    if (used > 0 && !window.confirm(question)) return;
    edit(`Delete room ${room.id}`, (s) => removeItem(s, "rooms", i));
  };

  return (
    <SetupSection
      window={win}
      title="Rooms"
      hint="Leave the list empty if rooms need not be assigned. Once there are rooms, every meeting gets one that is big enough and has the features its section needs."
      paste={pasteInto(edit, "rooms")}
      add={
        <AddForm label="Add room" disabled={name.trim() === ""} onSubmit={add}>
          <AddInput
            label="New room's number or name"
            placeholder="Room, e.g. 101"
            value={name}
            onChange={setName}
          />
          <AddInput
            label="New room's capacity"
            placeholder="Seats"
            narrow
            numeric
            value={capacity}
            onChange={setCapacity}
          />
        </AddForm>
      }
    >
      {rooms.length === 0 ? (
        <p className="empty">No rooms: sections are scheduled without rooms.</p>
      ) : (
        <table className="setup-table">
          <caption className="visually-hidden">Rooms</caption>
          <thead>
            <tr>
              <th scope="col">Room</th>
              <th scope="col">Name</th>
              <th scope="col">Capacity</th>
              <th scope="col">Features</th>
              <th scope="col">Availability</th>
              <ActionsHeader />
            </tr>
          </thead>
          <tbody>
            {win.shown
              .map((i) => [rooms[i]!, i] as const)
              .map(([r, i]) => (
                <Fragment key={i}>
                  <tr>
                    <td>
                      <TextCell
                        label={`ID of room ${r.id}`}
                        value={r.id}
                        width="narrow"
                        errors={at(i, "id")}
                        onCommit={(id) => setRoomId(i, `Rename room ${r.id} to ${id}`)(id)}
                      />
                    </td>
                    <td>
                      <TextCell
                        label={`Name of room ${r.id}`}
                        value={r.name ?? ""}
                        placeholder="optional"
                        errors={at(i, "name")}
                        onCommit={(v) => set(i, "name", `Name room ${r.id}`)(v.trim() || undefined)}
                      />
                    </td>
                    <td>
                      <NumberCell
                        label={`Capacity of room ${r.id}`}
                        value={r.capacity}
                        placeholder="any"
                        errors={at(i, "capacity")}
                        onCommit={set(i, "capacity", `Change capacity of room ${r.id}`)}
                      />
                    </td>
                    <td>
                      <WordsCell
                        label={`Features of room ${r.id}`}
                        value={r.features}
                        placeholder="science-lab, gym"
                        errors={at(i, "features")}
                        onCommit={set(i, "features", `Change features of room ${r.id}`)}
                      />
                    </td>
                    <AvailabilityCell
                      who={`room ${r.id}`}
                      unavailable={r.unavailable}
                      errors={at(i, "unavailable")}
                      onOpen={() => setAvailability(i)}
                    />
                    <DeleteCell label={`Delete room ${r.id}`} onDelete={() => remove(i)} />
                  </tr>
                  <RowMessages columns={6} messages={errors.rest("rooms", i, SHOWN)} />
                </Fragment>
              ))}
          </tbody>
        </table>
      )}
      {availability !== null && rooms[availability] && (
        <AvailabilityDialog
          title={`When can room ${rooms[availability].id} be used?`}
          unavailable={rooms[availability].unavailable}
          calendar={doc.calendar}
          onCancel={() => setAvailability(null)}
          onSave={(unavailable) => {
            const r = rooms[availability]!;
            setAvailability(null);
            edit(`Change availability of room ${r.id}`, (s) =>
              setField(s, "rooms", availability, "unavailable", unavailable),
            );
          }}
        />
      )}
    </SetupSection>
  );
}
