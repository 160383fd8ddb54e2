/** Puts `text` on the clipboard and says whether it worked (the clipboard may be refused). */
export function copyText(text: string, status: HTMLElement, done: string, what: string): void {
  const failed = (): void => void (status.textContent = `Copy failed: select ${what} and copy it by hand.`);
  if (!navigator.clipboard) return failed();
  void navigator.clipboard.writeText(text).then(() => void (status.textContent = done), failed);
}
