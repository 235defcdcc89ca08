# Logging to a file with basicConfig(filename=...), reading the file back, then a
# FileHandler in write mode replacing it; the log files are removed at the end.
import logging
import os

path = "file_handler_test.log"
logging.basicConfig(filename=path, filemode="w", level=logging.INFO,
                    format="%(levelname)s:%(name)s:%(message)s")
log = logging.getLogger("batch")
for i in range(3):
    log.info("processed chunk %d", i)
log.warning("chunk %d was slow", 1)
logging.shutdown()
with open(path) as f:
    print(f.read(), end="")

second = "file_handler_test2.log"
h = logging.FileHandler(second, mode="w")
h.setFormatter(logging.Formatter("[%(levelname)s] %(message)s"))
log.propagate = False
log.addHandler(h)
log.error("written by FileHandler")
h.close()
with open(second) as f:
    print(f.read(), end="")
print(os.path.basename(h.baseFilename), h.mode)
os.remove(path)
os.remove(second)
print(os.path.exists(path), os.path.exists(second))
