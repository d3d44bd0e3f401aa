// A parent that starts a tied child which would run forever, and prints the child's pid.
import { spawnTiedNode } from '../../lib/process/tied.ts';

const child = spawnTiedNode('-e', ['setInterval(() => {}, 1000)'], { quiet: true });
process.stdout.write(`${child.pid}\n`);
setInterval(() => {}, 1000);
