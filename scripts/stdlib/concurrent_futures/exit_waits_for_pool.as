# Fire and forget: audit records are written by a one-thread pool that is never shut down
# and whose futures nobody waits for. As in CPython, the program's exit waits for the
# queued calls, even when it ends with an uncaught exception.
import concurrent.futures
import threading

ready = threading.Event()
audit = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="audit")


def write_record(seq, event):
    ready.wait()
    print(f"audit #{seq}: {event} (by {threading.current_thread().name})")


for seq, event in enumerate(["login alice", "upload report.pdf", "logout alice"], 1):
    audit.submit(write_record, seq, event)

print("requests handled; records queued")
ready.set()
raise RuntimeError("shutting down with an error")
