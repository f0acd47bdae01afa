#!/usr/bin/env python3
"""Edit-to-page latency of the preview server, against `hugo server` on the same write-ups (standard library only).

    latency.py --corpus DIR [--edits N] [--osez DLL] [--templates DIR] [--hugo CMD --hugo-site DIR]

DIR is a generated corpus (bench/Osez.Corpus: DIR/content/fiches/*.md ...); it is copied first and never
modified. For each server: start it on the copy, wait until it serves, then N times: append a sentence
with a unique marker to one write-up (a different one each time, spread over the site), and poll that
write-up's page over HTTP every 2 ms until the marker is in it. The time from the moment the file is
written and closed to the first response holding the marker is the latency: the file watcher's wait,
the rebuild and the response together. Between edits the script waits for the server to go quiet
(for ours, the log line saying the whole site, index and exports included, is complete).

Prints, per server, the median and the maximum over the edits, and for ours the figures from its log
(pages up to date / whole site complete, measured inside the server).
"""
import argparse
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8", "replace")
    except Exception:
        return ""


class Server:
    """A server process whose output lines are collected as they come."""

    def __init__(self, name, command, cwd=None):
        self.name = name
        self.lines = []
        self.process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                        stdin=subprocess.DEVNULL, text=True, bufsize=1)
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self):
        for line in self.process.stdout:
            self.lines.append(line.rstrip("\n"))

    def wait_for(self, pattern, start=0, timeout=120):
        deadline = time.monotonic() + timeout
        regex = re.compile(pattern)
        while time.monotonic() < deadline:
            for index in range(start, len(self.lines)):
                match = regex.search(self.lines[index])
                if match:
                    return index, match
            if self.process.poll() is not None:
                break
            time.sleep(0.01)
        sys.exit(f"{self.name}: « {pattern} » never came. Last lines:\n" + "\n".join(self.lines[-15:]))

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()


def edit_and_wait(path, url, marker):
    with open(path, "a", encoding="utf-8") as f:
        f.write(f"\n\nUne phrase ajoutée à la relecture ({marker}).\n")
    written = time.monotonic()
    while True:
        if marker in fetch(url):
            return (time.monotonic() - written) * 1000
        if time.monotonic() - written > 30:
            sys.exit(f"{url}: the edit {marker} never showed")
        time.sleep(0.002)


def measure(server, page_url, content, slugs, edits, settle):
    results = []
    step = max(1, len(slugs) // edits)
    for i in range(edits):
        slug = slugs[(i * step) % len(slugs)]
        before = len(server.lines)
        marker = f"relecture-{server.name.split()[0]}-{i}-{os.getpid()}"
        results.append(edit_and_wait(os.path.join(content, "fiches", slug + ".md"), page_url(slug), marker))
        settle(before)
    return results


def summary(name, values):
    return f"  {name:<28} médiane {statistics.median(values):7.0f} ms   max {max(values):7.0f} ms   ({len(values)} modifications)"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--edits", type=int, default=10)
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(os.path.dirname(here))
    parser.add_argument("--osez", default=os.path.join(root, "generator/Osez.Cli/bin/Release/net10.0/osez.dll"))
    parser.add_argument("--templates", default=os.path.join(root, "templates"))
    parser.add_argument("--hugo", default="hugo")
    parser.add_argument("--hugo-site", default=os.path.join(root, "bench/hugo"))
    args = parser.parse_args()

    work = tempfile.mkdtemp(prefix="osez-serve-")
    try:
        content = os.path.join(work, "content")
        shutil.copytree(os.path.join(args.corpus, "content"), content)
        slugs = sorted(f[:-3] for f in os.listdir(os.path.join(content, "fiches")) if f.endswith(".md"))
        print(f"{len(slugs)} fiches, {args.edits} modifications, chacune sur une fiche différente")

        port = free_port()
        ours = Server("osez serve", ["dotnet", args.osez, "serve", "--content", content, "--templates", args.templates,
                                     "--port", str(port)])
        try:
            _, built = ours.wait_for(r"Site construit en mémoire en (\d+) ms")
            ours.wait_for(r"Aperçu du site")
            print(f"osez serve : première construction en mémoire {built.group(1)} ms")

            def settle_ours(before):
                ours.wait_for(r"(site complet|site reconstruit) en \d+ ms", before)

            ours_ms = measure(ours, lambda slug: f"http://127.0.0.1:{port}/fiches/{slug}/index.html", content, slugs, args.edits, settle_ours)
            logged = [m for m in (re.search(r"pages à jour en (\d+) ms, site complet en (\d+) ms", line) for line in ours.lines) if m]
        finally:
            ours.stop()

        hugo_ms = None
        if shutil.which(args.hugo):
            site = os.path.join(work, "hugo-site")
            shutil.copytree(args.hugo_site, site)
            port = free_port()
            hugo = Server("hugo server", [args.hugo, "server", "--source", site, "--contentDir", content, "--port", str(port),
                                          "--bind", "127.0.0.1", "--disableLiveReload"])
            try:
                hugo.wait_for(r"Web Server is available")

                def settle_hugo(before):
                    hugo.wait_for(r"Total in \d+ ms", before, timeout=30)

                hugo_ms = measure(hugo, lambda slug: f"http://127.0.0.1:{port}/fiches/{slug}/", content, slugs, args.edits, settle_hugo)
            finally:
                hugo.stop()
        else:
            print(f"{args.hugo} introuvable : pas de comparaison avec hugo server")

        print("délai entre l'enregistrement du fichier et la page à jour servie :")
        print(summary("osez serve", ours_ms))
        if logged:
            print(summary("  dont pages (journal)", [int(m.group(1)) for m in logged]))
            print(summary("  site complet (journal)", [int(m.group(2)) for m in logged]))
        if hugo_ms:
            print(summary("hugo server", hugo_ms))
            print(f"  osez/hugo (médianes)         {statistics.median(ours_ms) / statistics.median(hugo_ms):.2f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
