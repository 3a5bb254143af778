/** Everything the page needs in English, loaded only when English is chosen. */
export { itsTermination as procedure } from './its-termination-en';
export { messages } from './messages-en';
export { ui } from './ui-en';
