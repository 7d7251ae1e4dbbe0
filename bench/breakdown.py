#!/usr/bin/env python3
"""Where a page's requests spend their CPU, from a dotnet-trace sample (bench/README.md, "Profile first").

    dotnet-trace collect -p <pid> --profile dotnet-sampled-thread-time --duration 00:00:00:08 -o page.nettrace
    dotnet-trace convert page.nettrace --format speedscope -o page.json      # writes page.speedscope.json
    python3 bench/breakdown.py page.speedscope.json

Only samples inside request handling count (Kestrel's request loop and the continuations it schedules); threads
parked at a GC poll are counted apart. Each sample goes to the first category found walking from the running frame
outwards, so the database time inside a page's read counts as database, not as the page.
"""
import collections
import json
import re
import sys

CATEGORIES = [
    ("database (EF Core, SQLite)", r"Microsoft\.Data\.Sqlite|SQLitePCL|EntityFrameworkCore"),
    ("data protection", r"DataProtection"),
    ("antiforgery token", r"Antiforgery"),
    ("authentication (cookie)", r"Authentication\.Cookies|AuthenticationServiceImpl|SecurityStampValidator"),
    ("viewer and membership", r"Memberships\.Access|PerUserCache|KeyedCache"),
    ("prerender state and island markers", r"PersistedState|PersistState|PersistentState|ToMarker|ServerComponentSerializer|SSRRenderModeBoundary"),
    ("layout (shell)", r"Components\.Layout|NotificationBell|TestModeBanner|PaymentWarningBanner|RitualBanner|Components\.App\b|Components\.Routes"),
    ("page body (page, its reads and markup)", r"MemberHub\.Web!MemberHub\.Web\.Features|MemberHub\.Web\.Components\.Shared"),
    ("localization", r"Localization|ResourceManager"),
    ("writing HTML to the response", r"WriteComponentHtml|TextChunk|BufferedTextWriter|HttpResponseStreamWriter|Kestrel.*(Write|Flush)|System\.IO\.Pipelines"),
    ("Blazor renderer (components, diff)", r"AspNetCore\.Components|ComponentFactory|dynamicClass\.ResolveService|DependencyInjection"),
]
REQUEST = re.compile(r"HttpProtocol\+<ProcessRequests>|RendererSynchronizationContext|AwaitTaskContinuation|Task\.RunContinuations")


def main(path):
    data = json.load(open(path))
    frames = [f["name"] for f in data["shared"]["frames"]]
    patterns = [(name, re.compile(rx)) for name, rx in CATEGORIES]
    spent = collections.Counter()
    for profile in data["profiles"]:
        stack, last = [], None
        for event in profile["events"]:
            at = event["at"]
            if last is not None and stack:
                names = [frames[i] for i in stack]
                if any(REQUEST.search(n) for n in names):
                    if any("PollGC" in n for n in names):
                        spent["waiting for the GC"] += at - last
                    else:
                        category = next((name for n in reversed(names) for name, rx in patterns if rx.search(n)), "middleware and other")
                        spent[category] += at - last
            last = at
            if event["type"] == "O":
                stack.append(event["frame"])
            elif stack and stack[-1] == event["frame"]:
                stack.pop()
            elif event["frame"] in stack:
                del stack[len(stack) - 1 - stack[::-1].index(event["frame"]):]
    total = sum(v for k, v in spent.items() if k != "waiting for the GC")
    for name, ms in spent.most_common():
        if name != "waiting for the GC":
            print(f"{100 * ms / total:5.1f}%  {name}")
    print(f"(waiting for the GC at a safe point: {100 * spent['waiting for the GC'] / total:.1f}% on top)")


if __name__ == "__main__":
    main(sys.argv[1])
