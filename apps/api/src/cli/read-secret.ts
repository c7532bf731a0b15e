import { stdin, stdout } from 'node:process';

/** Reads a line from the terminal without echoing it. */
export function readSecret(prompt: string): Promise<string> {
  if (!stdin.isTTY)
    return Promise.reject(new Error('no terminal to type the password into: set HEALTHSYNC_ADMIN_PASSWORD'));
  stdout.write(prompt);
  stdin.setRawMode(true);
  stdin.resume();
  stdin.setEncoding('utf8');
  let typed = '';
  return new Promise((resolve, reject) => {
    const onData = (key: string) => {
      if (key === '\u0003') return finish(() => reject(new Error('cancelled')));
      if (key === '\r' || key === '\n') return finish(() => resolve(typed));
      typed = key === '\u007f' ? typed.slice(0, -1) : typed + key;
    };
    const finish = (settle: () => void) => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      stdout.write('\n');
      settle();
    };
    stdin.on('data', onData);
  });
}
