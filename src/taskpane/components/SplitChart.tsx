/** One stacked bar of the split (government, large company, adopter): a small SVG, no chart library. */
import { tokens } from "@fluentui/react-components";

export const PARTY_COLORS = {
  gov: tokens.colorBrandBackground,
  large: tokens.colorPaletteDarkOrangeBorderActive,
  sme: tokens.colorPaletteTealBorderActive,
} as const;

export interface SplitChartProps {
  govWon: number;
  largeWon: number;
  smeWon: number;
  /** The accessible summary of the split. */
  label: string;
  className?: string;
}

export function SplitChart({ govWon, largeWon, smeWon, label, className }: SplitChartProps) {
  const total = govWon + largeWon + smeWon;
  const parts = [
    { key: "gov", won: govWon, color: PARTY_COLORS.gov },
    { key: "large", won: largeWon, color: PARTY_COLORS.large },
    { key: "sme", won: smeWon, color: PARTY_COLORS.sme },
  ];
  let x = 0;
  return (
    <svg
      role="img"
      aria-label={label}
      className={className}
      viewBox="0 0 100 8"
      preserveAspectRatio="none"
      width="100%"
      height="16"
      data-testid="split-chart"
    >
      <rect x="0" y="0" width="100" height="8" fill={tokens.colorNeutralBackground4} />
      {total > 0 &&
        parts.map((p) => {
          const width = (p.won / total) * 100;
          const rect = <rect key={p.key} data-party={p.key} x={x} y="0" width={width} height="8" fill={p.color} />;
          x += width;
          return rect;
        })}
    </svg>
  );
}
