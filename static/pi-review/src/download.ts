/**
 * Saves text as a file: a Blob and a link with `download`, started by the click (a user gesture). Forge's Custom UI iframe
 * carries the sandbox attribute allow-downloads ("Allows downloads to be started via a user gesture",
 * https://developer.atlassian.com/platform/forge/custom-ui/iframe), so no manifest change is needed.
 */
export const downloadText = (fileName: string, text: string, type: string): void => {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
};
