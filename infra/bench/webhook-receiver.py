#!/usr/bin/env python3
"""A webhook receiver for the kill -9 test: answers every POST with 204 and notes one line per delivery,
"<webhook-id> TAB <type> TAB <missionId> TAB <decisionId>", so that the test can tell every event that
arrived, under which message id, and how often.

    python3 infra/bench/webhook-receiver.py PORT LOG_FILE
"""
import json
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

port, log_path = int(sys.argv[1]), sys.argv[2]
lock = threading.Lock()


class Receiver(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        try:
            event = json.loads(body)
            data = event.get("data", {})
            line = "\t".join([self.headers.get("webhook-id", ""), event.get("type", ""), data.get("missionId", ""), data.get("decisionId", "")])
        except ValueError:
            line = "\t".join([self.headers.get("webhook-id", ""), "unreadable", "", ""])
        with lock, open(log_path, "a", encoding="utf-8") as log:
            log.write(line + "\n")
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args):
        pass


ThreadingHTTPServer(("127.0.0.1", port), Receiver).serve_forever()
