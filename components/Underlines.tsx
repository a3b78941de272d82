/** Severity-coloured underline boxes; decorative only (aria-hidden) — the tip card carries the content. */
import type { Mark } from './types.ts';

export function Underlines({ marks }: { marks: Mark[] }) {
  return (
    <div className="pc-underlines" aria-hidden="true">
      {marks.flatMap((mark) =>
        mark.boxes.map((box, i) => (
          <div
            key={`${mark.key}:${i}`}
            className={`pc-underline pc-${mark.finding.severity}`}
            data-rule={mark.finding.ruleId}
            style={{ left: box.left, top: box.top, width: box.width, height: box.height }}
          />
        )),
      )}
    </div>
  );
}
