/**
 * A button's label with its key ("Exit (Esc)"), and without the key where there is no keyboard
 * to press it on: a touch screen (its primary pointer coarse, no hover), and with `narrow` any
 * screen narrower than 40rem too (the slides' controls on a phone).
 */
export function KeyLabel({
  keyed,
  touch,
  narrow = false,
}: {
  keyed: string;
  touch: string;
  narrow?: boolean;
}) {
  return (
    <>
      <span className={narrow ? 'touch:hidden max-sm:hidden' : 'touch:hidden'}>{keyed}</span>
      <span className={narrow ? 'hidden touch:inline max-sm:inline' : 'hidden touch:inline'}>
        {touch}
      </span>
    </>
  );
}
