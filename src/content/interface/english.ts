/** Everything the page needs in English, loaded only when English is chosen. */
export { documents } from '../documents/documents-en';
export { itsTermination as procedure } from '../article/its-termination-en';
export { messages } from './messages-en';
export { organisations } from './organisations-en';
export { ui } from './ui-en';
