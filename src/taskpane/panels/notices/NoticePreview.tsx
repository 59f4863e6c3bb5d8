import { useEffect, useRef, useState } from "react";

// The preview document lays A4 pages out at their real size (210 mm ≈ 794 CSS px plus a margin);
// the frame is scaled down to the pane's width as a whole, so a page looks like the printed page.
const PAGE_PX = 860;
const HEIGHT = 560;

/** A4 pages of a notice document, shrunk to whatever width the pane has. */
export function NoticePreview({ html, title, className }: { html: string; title: string; className: string }) {
  const box = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(0.4);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const fit = () => setScale(Math.min(1, el.clientWidth / PAGE_PX));
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={box} className={className} style={{ height: HEIGHT }}>
      <iframe
        title={title}
        srcDoc={html}
        style={{
          width: PAGE_PX,
          height: HEIGHT / scale,
          border: 0,
          transform: `scale(${scale})`,
          transformOrigin: "0 0",
          display: "block",
        }}
      />
    </div>
  );
}
