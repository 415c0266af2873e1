// One dnd-kit draggable stands in for every chip. A grid shows hundreds of chips, and each
// useDraggable re-renders on every step of a drag; instead a chip hands its pointer, touch or key
// event to this proxy, which points itself at the chip and starts the drag from there. So a drag
// re-renders only the rows that can take the drop.
import { useDraggable } from "@dnd-kit/core";
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  type ReactNode,
  type SyntheticEvent,
} from "react";
import type { DragSource } from "./drag.ts";

export const PROXY_ID = "grid-drag";

export type SourceBox = { current: DragSource | null };

type Start = (event: SyntheticEvent, source: DragSource, node: HTMLElement) => void;
type Proxy = { start: Start; describedBy: string };

const ProxyContext = createContext<Proxy | null>(null);

/** dnd-kit's listener for each event that can start a drag (one per sensor). */
const LISTENER: Record<string, string> = {
  pointerdown: "onPointerDown",
  touchstart: "onTouchStart",
  keydown: "onKeyDown",
};

export function DragProxy({ children }: { children: ReactNode }) {
  const box = useRef<DragSource | null>(null);
  const { listeners, setNodeRef, attributes } = useDraggable({ id: PROXY_ID, data: box });
  const latest = useRef(listeners);
  useEffect(() => {
    latest.current = listeners;
  }, [listeners]);
  const start = useCallback<Start>(
    (event, source, node) => {
      const handlers = latest.current as Record<string, ((e: SyntheticEvent) => void) | undefined>;
      const name = LISTENER[event.type];
      const handler = name ? handlers?.[name] : undefined;
      if (!handler) return;
      box.current = source;
      setNodeRef(node);
      handler(event);
    },
    [setNodeRef],
  );
  const describedBy = attributes["aria-describedby"];
  const value = useMemo(() => ({ start, describedBy }), [start, describedBy]);
  return <ProxyContext.Provider value={value}>{children}</ProxyContext.Provider>;
}

export function useDragProxy(): Proxy {
  const proxy = useContext(ProxyContext);
  if (!proxy) throw new Error("useDragProxy is used outside <DragProxy>");
  return proxy;
}

/** The dragged thing, from dnd-kit's `active.data`. */
export const sourceOf = (data: unknown): DragSource | null =>
  (data as SourceBox | undefined)?.current ?? null;
