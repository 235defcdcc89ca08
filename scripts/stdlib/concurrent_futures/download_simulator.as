# A download manager: a pool of four workers fetches "pages" (simulated with sleeps of
# different lengths), as_completed collects them as they arrive, and failures are reported
# per URL. Results are printed sorted, so the order threads finish in does not matter.
import concurrent.futures
import threading
import time

PAGES = {
    "https://example.com/": 1256,
    "https://example.com/about": 512,
    "https://example.com/blog": 4096,
    "https://example.com/missing": None,
    "https://example.com/contact": 300,
    "https://example.com/timeout": "slow",
    "https://example.com/feed.xml": 2048,
}

lock = threading.Lock()
in_flight = 0
peak = 0


class HTTPError(Exception):
    def __init__(self, url, status):
        super().__init__(f"{status} for {url}")
        self.url = url
        self.status = status


def fetch(url):
    global in_flight, peak
    with lock:
        in_flight += 1
        peak = max(peak, in_flight)
    try:
        size = PAGES[url]
        time.sleep(0.001 * (len(url) % 5))
        if size is None:
            raise HTTPError(url, 404)
        if size == "slow":
            raise TimeoutError(f"timed out reading {url}")
        return url, b"x" * size
    finally:
        with lock:
            in_flight -= 1


def main():
    ok, failed = {}, {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        future_to_url = {pool.submit(fetch, url): url for url in PAGES}
        arrived = 0
        for future in concurrent.futures.as_completed(future_to_url):
            arrived += 1
            url = future_to_url[future]
            if future.exception() is not None:
                failed[url] = future.exception()
            else:
                _, body = future.result()
                ok[url] = len(body)
    print(f"{arrived} of {len(PAGES)} downloads finished")
    for url in sorted(ok):
        print(f"  {url:32} {ok[url]:5} bytes")
    for url in sorted(failed):
        exc = failed[url]
        print(f"  {url:32} {type(exc).__name__}: {exc}")
    print("total bytes:", sum(ok.values()))
    print("never more than 4 at once:", 1 <= peak <= 4)
    print("all futures done:", all(f.done() for f in future_to_url))
    statuses = sorted(getattr(e, "status", 0) for e in failed.values())
    print("HTTP statuses of the failures:", statuses)


main()
