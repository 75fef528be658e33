// Preload (`node -r ./test/bench/main-thread-cpu.cjs generator/bin.js ...`): prints the main
// thread's own CPU time at exit, next to the whole process's, from /proc (Linux). Under load the
// stage timings (wall) mostly measure waiting for a core; the main thread's CPU does not.
const { readFileSync } = require("node:fs");
const { isMainThread } = require("node:worker_threads");

/** utime + stime of a /proc stat line, in ms (clock ticks of 10 ms). */
function cpuMs(path) {
  const stat = readFileSync(path, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

if (isMainThread) {
  process.on("exit", () => {
    const main = cpuMs(`/proc/self/task/${process.pid}/stat`);
    process.stderr.write(
      `main thread CPU ${main} ms, process CPU ${cpuMs("/proc/self/stat")} ms\n`,
    );
  });
}
