/** Everything Postcoach draws, rendered into its own shadow root on document.body. */
import type { Mark } from './types.ts';
import { Underlines } from './Underlines.tsx';
import { Pill, type PillView } from './Pill.tsx';
import { TipCard, type CardActions, type CardView } from './TipCard.tsx';
import { PrePostDialog, type DialogActions, type DialogView } from './PrePostDialog.tsx';

export interface OverlayView {
  theme: 'light' | 'dark';
  marks: Mark[];
  pills: PillView[];
  card: CardView | null;
  dialog: DialogView | null;
}

export interface OverlayActions {
  openPill(composerId: string): void;
  card: CardActions;
  dialog: DialogActions;
}

export function Overlay({ view, actions }: { view: OverlayView; actions: OverlayActions }) {
  const card = view.card;
  const cardUnderline = (card && view.marks.find((mark) => mark.finding === card.finding)?.boxes) ?? [];
  return (
    <div className="pc-root" data-theme={view.theme}>
      <Underlines marks={view.marks} />
      {view.pills.map((pill) => (
        <Pill key={pill.composerId} view={pill} onOpen={actions.openPill} />
      ))}
      {card && <TipCard view={card} underline={cardUnderline} actions={actions.card} />}
      {view.dialog && <PrePostDialog key={view.dialog.composerId} view={view.dialog} actions={actions.dialog} />}
    </div>
  );
}
