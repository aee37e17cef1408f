// Every English message, merged: for tests and tools that need them all at once. The console itself never loads
// this module; it loads each catalogue with its page (catalog.ts).
import { allWords, type Messages } from './catalog.ts'

const catalogues = await Promise.all(allWords.map((w) => w.en().then((m) => m.default)))

export default Object.assign({}, ...catalogues) as Messages
