# A few WebDriver commands (W3C protocol) over curl, for test-failover.sh: Debian's chromedriver drives
# Debian's headless Chromium. Source it after lib.sh; wd_quit from the caller's EXIT trap.
# shellcheck shell=bash

WD_PORT="${WD_PORT:-9515}"
WD="http://127.0.0.1:$WD_PORT"
WD_SESSION=""
WD_PID=""

# wd_call METHOD PATH [JSON]: the command's "value"; dies on a WebDriver error
wd_call() {
  local answer
  answer=$(curl -sS -X "$1" "$WD$2" -H 'Content-Type: application/json' -d "${3:-{\}}") || die "chromedriver did not answer $1 $2"
  if jq -e '.value | type == "object" and has("error")' <<<"$answer" >/dev/null 2>&1; then
    echo "$answer" | jq -r '"WebDriver: \(.value.error): \(.value.message | split("\n")[0])"' >&2
    return 1
  fi
  jq -c '.value' <<<"$answer"
}

wd_start() {
  command -v chromedriver >/dev/null || die "chromedriver is needed: apt-get install chromium chromium-driver"
  chromedriver --port="$WD_PORT" >/dev/null 2>&1 &
  WD_PID=$!
  local i
  for ((i = 0; i < 50; i++)); do curl -fsS -o /dev/null "$WD/status" 2>/dev/null && break; sleep 0.2; done
  WD_SESSION=$(wd_call POST /session '{"capabilities":{"alwaysMatch":{"browserName":"chrome","goog:chromeOptions":{
    "binary":"/usr/bin/chromium","args":["--headless=new","--no-sandbox","--disable-dev-shm-usage","--window-size=1280,1100"]},"goog:loggingPrefs":{"browser":"ALL"}}}}' \
    | jq -r '.sessionId') || die "chromedriver could not start Chromium"
}

wd_quit() {
  [[ -n "$WD_SESSION" ]] && curl -sS -X DELETE "$WD/session/$WD_SESSION" >/dev/null 2>&1 || true
  [[ -n "$WD_PID" ]] && kill "$WD_PID" 2>/dev/null || true
  WD_SESSION="" WD_PID=""
}

wd_open() { wd_call POST "/session/$WD_SESSION/url" "$(jq -nc --arg url "$1" '{url: $url}')" >/dev/null; }
wd_url() { wd_call GET "/session/$WD_SESSION/url" | jq -r .; }

# wd_find CSS: the element's id, or nothing (status 1) when there is none
wd_find() {
  wd_call POST "/session/$WD_SESSION/element" "$(jq -nc --arg css "$1" '{using: "css selector", value: $css}')" 2>/dev/null \
    | jq -r 'to_entries[0].value // empty'
}

# wd_wait CSS [SECONDS]: waits until the element is there, prints its id
wd_wait() {
  local css="$1" seconds="${2:-30}" element i
  for ((i = 0; i < seconds * 4; i++)); do
    if element=$(wd_find "$css") && [[ -n "$element" ]]; then
      echo "$element"
      return 0
    fi
    sleep 0.25
  done
  return 1
}

# wd_click ELEMENT: scrolls the element to the middle of the window (Vaadin lays pages out in scrolled
# containers), then clicks it as a person would
wd_click() {
  wd_call POST "/session/$WD_SESSION/execute/sync" "$(jq -nc --arg id "$1" \
    '{script: "arguments[0].scrollIntoView({block: \"center\"})", args: [{"element-6066-11e4-a52e-4f735466cecf": $id}]}')" >/dev/null
  wd_call POST "/session/$WD_SESSION/element/$1/click" >/dev/null
}
wd_text() { wd_call GET "/session/$WD_SESSION/element/$1/text" | jq -r .; }
wd_type() { wd_call POST "/session/$WD_SESSION/element/$1/value" "$(jq -nc --arg text "$2" '{text: $text}')" >/dev/null; }

# wd_cookie NAME: the browser's cookie of that name for the current page
wd_cookie() { wd_call GET "/session/$WD_SESSION/cookie/$1" 2>/dev/null | jq -r '.value // empty'; }

# wd_screenshot FILE: a PNG of the page
wd_screenshot() { wd_call GET "/session/$WD_SESSION/screenshot" | jq -r . | base64 -d > "$1"; }

# wd_console: the browser console's lines so far (Vaadin's client and Atmosphere log there), for a failure's report
wd_console() {
  curl -sS -X POST "$WD/session/$WD_SESSION/se/log" -H 'Content-Type: application/json' -d '{"type":"browser"}' 2>/dev/null \
    | jq -r '.value[]? | "\(.level) \(.message)"' 2>/dev/null || true
}
