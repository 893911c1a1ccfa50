/** A headline figure: a big number and what it counts, read as one phrase ("12 people waiting"). */
export function Headline({ value, label }: { value: number | string; label: string }) {
  const shown = typeof value === 'number' ? new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }).format(value) : value;
  return (
    <p className="community-headline">
      <span className="community-headline__number">{shown}</span> <span className="community-headline__label">{label}</span>
    </p>
  );
}
