import { useEffect, useMemo, useRef, useState } from "react";
import type { ComboChartModel } from "../../../core/report/chartModel";
import { comboChartSvg } from "../../../core/report/comboChartSvg";

/** The pane's width for a chart: whatever its box has, measured as the pane is resized. */
function useBoxWidth(): [React.RefObject<HTMLDivElement | null>, number] {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => setWidth(el.clientWidth);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [box, width];
}

/**
 * A 月报 chart in the pane: the same SVG the printed page and the PNG carry (drawn by the core from
 * the report), sized to the pane, its title left to the pane's heading. The markup is the core's, every text in it escaped.
 */
export function ComboChart({ model }: { model: ComboChartModel }) {
  const [box, width] = useBoxWidth();
  const svg = useMemo(() => (width > 0 ? comboChartSvg(model, { width, title: false }) : ""), [model, width]);
  return <div ref={box} style={{ width: "100%", lineHeight: 0 }} dangerouslySetInnerHTML={{ __html: svg }} />;
}
