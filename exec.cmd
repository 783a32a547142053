@rem Windows half of package.json's "start": "exec node scripts/start.mjs". On macOS and Linux, exec makes node the
@rem npm process's own child, so a SIGINT or SIGTERM sent to npm reaches the server; cmd.exe has no exec, and runs
@rem this file from the package folder instead, which runs the rest of the line.
@%*
