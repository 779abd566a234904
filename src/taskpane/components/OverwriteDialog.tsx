/**
 * "Overwrite?" — asked before writing over non-empty cells, or into existing Excel tables (no new
 * table is made then). Loaded only when first needed.
 */
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";
import type { CardStrings } from "../../i18n";

export interface OverwriteDialogProps {
  open: boolean;
  /** Non-empty cells in the target (0 when only an existing table is the reason to ask). */
  count: number;
  /** Existing Excel tables the target overlaps, if any. */
  tableNames?: string[];
  c: CardStrings;
  onAnswer: (overwrite: boolean) => void;
}

/**
 * Stays mounted once loaded and is opened and closed with `open`, so that Fluent removes what it
 * hid from assistive technology while it was open. 취소 comes first and gets the focus. No
 * motion: the question appears at once, fully opaque (a fading surface also fails contrast checks
 * while it fades).
 */
export default function OverwriteDialog({ open, count, tableNames = [], c, onAnswer }: OverwriteDialogProps) {
  return (
    <Dialog open={open} modalType="alert" surfaceMotion={null} onOpenChange={(_, data) => (data.open ? undefined : onAnswer(false))}>
      <DialogSurface backdropMotion={null}>
        <DialogBody>
          <DialogTitle>{c.overwriteTitle}</DialogTitle>
          <DialogContent>
            {[count > 0 ? c.overwriteBody(count) : "", tableNames.length > 0 ? c.overwriteInTable(tableNames) : ""].filter(Boolean).join(" ")}
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={() => onAnswer(false)}>
              {c.cancel}
            </Button>
            <Button appearance="primary" onClick={() => onAnswer(true)}>
              {c.overwrite}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
