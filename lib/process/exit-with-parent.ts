// Preloaded (node --import) into a child that must not outlive its parent: when the parent's IPC channel closes —
// the parent exited or was killed, even with SIGKILL — the child ends too, so a killed build leaves no orphan writing files.
if (process.channel) {
  // The channel must not keep the child alive by itself; it only tells it when the parent is gone.
  process.channel.unref();
  process.on('disconnect', () => process.exit(129));
}
