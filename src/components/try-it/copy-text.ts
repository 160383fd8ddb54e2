/** Puts `text` on the clipboard and says whether it worked (the clipboard may be refused or absent). */
export function copyText(text: string, status: HTMLElement, done: string, what: string): void {
  const failed = (): void => {
    status.textContent = `Copy failed: select ${what} and copy it by hand.`;
  };
  // Absent on pages that are not a secure context, whatever the DOM types say.
  const clipboard = navigator.clipboard as Clipboard | undefined;
  if (!clipboard) {
    failed();
    return;
  }
  clipboard.writeText(text).then(() => {
    status.textContent = done;
  }, failed);
}
