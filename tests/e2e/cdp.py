"""cdp.py: a small driver of headless Chromium over the DevTools protocol,
for the end-to-end tests of pages parley writes. Chromium talks on two
pipes (--remote-debugging-pipe: it reads commands from fd 3 and writes
answers and events to fd 4, each message JSON ended by a NUL byte), so no
port is opened and no library beyond Python's is needed.

    with Browser() as b:
        page = b.open("file:///tmp/report.html")
        page.eval("document.title")
        page.console_errors, page.requests
"""
import json
import os
import select
import shutil
import subprocess
import tempfile
import time

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--hide-scrollbars", "--remote-debugging-pipe"]


def chromium_binary():
    # Debian's /usr/bin/chromium is a shell script that execs this; started
    # directly, the debugging pipes stay the descriptors given.
    for path in ("/usr/lib/chromium/chromium", shutil.which("chromium") or "",
                 shutil.which("chromium-browser") or "", shutil.which("google-chrome") or ""):
        if path and os.access(path, os.X_OK):
            return path
    return None


class CDPError(Exception):
    pass


class Browser:
    def __init__(self, width=1400, height=1000, timeout=60):
        self.timeout = timeout
        binary = chromium_binary()
        if not binary:
            raise CDPError("Chromium is not installed (scripts/setup.sh installs it)")
        self.profile = tempfile.mkdtemp(prefix="parley-chromium-")
        cmd_r, cmd_w = os.pipe()   # Chromium reads commands from fd 3
        ev_r, ev_w = os.pipe()     # and writes to fd 4
        child_in, child_out = os.dup(cmd_r), os.dup(ev_w)

        def fds():
            os.dup2(child_in, 3)
            os.dup2(child_out, 4)

        self.proc = subprocess.Popen(
            [binary] + FLAGS + ["--user-data-dir=" + self.profile,
                                "--window-size=%d,%d" % (width, height), "about:blank"],
            preexec_fn=fds, pass_fds=(3, 4), stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for fd in (cmd_r, ev_w, child_in, child_out):
            os.close(fd)
        self.w, self.r = cmd_w, ev_r
        self.buf = b""
        self.next_id = 0
        self.events = []  # (sessionId, method, params) not yet taken

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self):
        if self.proc.poll() is None:
            try:
                self.send("Browser.close", wait=False)
            except OSError:
                pass
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        for fd in (self.w, self.r):
            try:
                os.close(fd)
            except OSError:
                pass
        shutil.rmtree(self.profile, ignore_errors=True)

    def _read(self, deadline):
        while b"\0" not in self.buf:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self.r], [], [], left)[0]:
                raise CDPError("Chromium did not answer in time")
            chunk = os.read(self.r, 1 << 20)
            if not chunk:
                raise CDPError("Chromium closed the pipe")
            self.buf += chunk
        msg, self.buf = self.buf.split(b"\0", 1)
        return json.loads(msg)

    def send(self, method, params=None, session=None, wait=True):
        self.next_id += 1
        msg = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        os.write(self.w, json.dumps(msg).encode() + b"\0")
        if not wait:
            return None
        deadline = time.monotonic() + self.timeout
        while True:
            m = self._read(deadline)
            if m.get("id") == self.next_id:
                if "error" in m:
                    raise CDPError("%s: %s" % (method, m["error"].get("message")))
                return m.get("result", {})
            if "method" in m:
                self.events.append((m.get("sessionId"), m["method"], m.get("params", {})))

    def pump(self, seconds):
        """Reads events for up to `seconds`."""
        deadline = time.monotonic() + seconds
        try:
            while time.monotonic() < deadline:
                m = self._read(deadline)
                if "method" in m:
                    self.events.append((m.get("sessionId"), m["method"], m.get("params", {})))
        except CDPError:
            pass

    def open(self, url):
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        page = Page(self, session)
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.send(domain + ".enable", session=session)
        page.navigate(url)
        return page


class Page:
    def __init__(self, browser, session):
        self.b = browser
        self.session = session
        self.console_errors = []  # console.error, exceptions, Log errors (CSP among them)
        self.requests = []        # every URL the page asked for

    def _drain(self):
        keep = []
        for session, method, params in self.b.events:
            if session != self.session:
                keep.append((session, method, params))
            elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                self.console_errors.append(" ".join(str(a.get("value", a.get("description", "")))
                                                    for a in params.get("args", [])))
            elif method == "Runtime.exceptionThrown":
                d = params.get("exceptionDetails", {})
                self.console_errors.append(d.get("exception", {}).get("description") or d.get("text"))
            elif method == "Log.entryAdded" and params["entry"].get("level") == "error":
                self.console_errors.append(params["entry"].get("text"))
            elif method == "Network.requestWillBeSent":
                self.requests.append(params["request"]["url"])
            else:
                keep.append((session, method, params))
        self.b.events = keep

    def navigate(self, url):
        self.b.send("Page.navigate", {"url": url}, session=self.session)
        self.wait_for("document.readyState === 'complete'")

    def reload(self):
        self.b.send("Page.reload", {"ignoreCache": True}, session=self.session)
        time.sleep(0.2)
        self.wait_for("document.readyState === 'complete'")

    def eval(self, expression):
        r = self.b.send("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                             "awaitPromise": True}, session=self.session)
        self._drain()
        if "exceptionDetails" in r:
            raise CDPError("evaluating %r: %s" % (expression[:80], r["exceptionDetails"].get(
                "exception", {}).get("description", r["exceptionDetails"].get("text"))))
        return r["result"].get("value")

    def wait_for(self, expression, seconds=30):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            try:
                if self.eval(expression):
                    return True
            except CDPError:
                pass
            time.sleep(0.05)
        raise CDPError("timed out waiting for %s" % expression)

    def settle(self, seconds=0.3):
        """Lets events (console messages, requests) arrive, then collects them."""
        self.b.pump(seconds)
        self._drain()

    def click(self, selector):
        """A real mouse click at the middle of the first element matching selector."""
        box = self.eval("(() => { const e = document.querySelector(%s); if (!e) return null;"
                        " e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect();"
                        " return [r.left + r.width / 2, r.top + r.height / 2]; })()" % json.dumps(selector))
        if box is None:
            raise CDPError("nothing matches %s" % selector)
        for kind in ("mousePressed", "mouseReleased"):
            self.b.send("Input.dispatchMouseEvent", {"type": kind, "x": box[0], "y": box[1],
                                                     "button": "left", "clickCount": 1},
                        session=self.session)
        self._drain()

    def type_text(self, selector, text):
        self.eval("document.querySelector(%s).focus()" % json.dumps(selector))
        self.b.send("Input.insertText", {"text": text}, session=self.session)
        self._drain()

    def screenshot(self, path, width=1400, height=1000):
        import base64
        self.b.send("Emulation.setDeviceMetricsOverride", {"width": width, "height": height,
                                                           "deviceScaleFactor": 1, "mobile": False},
                    session=self.session)
        time.sleep(0.3)
        data = self.b.send("Page.captureScreenshot", {"format": "png"}, session=self.session)["data"]
        with open(path, "wb") as f:
            f.write(base64.b64decode(data))
