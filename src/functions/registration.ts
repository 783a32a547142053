// The functions register with CustomFunctions.associate, which office.js defines. Where office.js did not load
// (the task pane opened in a browser with office.js blocked: the pane then says so and works on its own), nothing
// can call the functions; a stand-in keeps their registration from throwing in that page. It is installed only
// when no CustomFunctions global exists, and only in a page (`self`; ES2020's globalThis is newer than the engines).

type Associate = (id: string, fn: (...args: never[]) => unknown) => void;

if (typeof CustomFunctions === "undefined" && typeof self === "object") {
  const associate: Associate = () => undefined;
  Object.defineProperty(self, "CustomFunctions", { value: { associate }, configurable: true, writable: true });
}
