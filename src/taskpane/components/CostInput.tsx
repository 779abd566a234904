/**
 * The total-cost field: a text input (inputMode numeric) that groups thousands as you type and
 * keeps the caret after the digit it was after. Deleting a separator deletes the digit next to it.
 */
import { Input, type InputProps } from "@fluentui/react-components";
import { useLayoutEffect, useRef, type ChangeEvent } from "react";
import { caretAfter, formatAmountText, removeSignificant, significantBefore } from "./amount";

export interface CostInputProps extends Omit<InputProps, "value" | "onChange" | "type"> {
  value: string;
  onValue: (formatted: string) => void;
  /** Units above 원 take fractions ("1.5" 억원). */
  allowDecimal: boolean;
}

export function CostInput({ value, onValue, allowDecimal, ...rest }: CostInputProps) {
  const ref = useRef<HTMLInputElement>(null);
  const pendingCaret = useRef<number | null>(null);

  useLayoutEffect(() => {
    const input = ref.current;
    const caret = pendingCaret.current;
    pendingCaret.current = null;
    if (input && caret !== null && input.ownerDocument.activeElement === input) {
      input.setSelectionRange(caret, caret);
    }
  });

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.target;
    let raw = input.value;
    let caret = input.selectionStart ?? raw.length;
    const digitsOf = (t: string) => t.replace(/[^0-9.]/g, "");
    // Backspace or Delete removed only a separator: remove the digit beside it instead.
    if (raw.length === value.length - 1 && digitsOf(raw) === digitsOf(value)) {
      const inputType = (event.nativeEvent as InputEvent).inputType;
      const before = significantBefore(raw, caret);
      if (inputType === "deleteContentBackward" && before > 0) {
        raw = removeSignificant(raw, before - 1);
        caret = Math.max(0, caret - 1);
      } else if (inputType === "deleteContentForward") {
        raw = removeSignificant(raw, before);
      }
    }
    const count = significantBefore(raw, caret);
    const formatted = formatAmountText(raw, allowDecimal);
    pendingCaret.current = caretAfter(formatted, count);
    onValue(formatted);
  };

  return (
    <Input
      {...rest}
      ref={ref}
      type="text"
      inputMode={allowDecimal ? "decimal" : "numeric"}
      autoComplete="off"
      value={value}
      onChange={onChange}
    />
  );
}
