// `npm run build`: the npm ES modules, the CDN build, type declarations and the
// custom-elements manifest, then a size report. Fails (exit 1) when any step fails.
import { execFileSync } from 'node:child_process';
import { copyFileSync, rmSync } from 'node:fs';

const run = (cmd, args) => {
  console.log(`\n> ${cmd} ${args.join(' ')}`);
  execFileSync(cmd, args, { stdio: 'inherit' });
};
const bin = (name) => `node_modules/.bin/${name}`;

rmSync('dist', { recursive: true, force: true });
run(bin('vite'), ['build', '--mode', 'npm', '--logLevel', 'warn']);
run(bin('vite'), ['build', '--mode', 'cdn', '--logLevel', 'warn']);
run(bin('vite'), ['build', '--mode', 'iife', '--logLevel', 'warn']);
run(bin('tsc'), ['-p', 'tsconfig.build.json']);
copyFileSync('src/jsx.d.ts', 'dist/jsx.d.ts'); // hand-written React JSX types (tsc does not emit .d.ts inputs)
run('npm', ['run', '--silent', 'manifest']);
run('node', ['scripts/size.mjs']);
run('node', ['scripts/snippet.mjs']);
run('node', ['scripts/notices.mjs']);
