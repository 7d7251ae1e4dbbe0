// Small helpers the components call through JS interop; kept in a file so the CSP needs no inline script.
window.memberhub = {
    setCookie: function (name, value, days) {
        var expires = new Date(Date.now() + days * 864e5).toUTCString();
        var secure = location.protocol === "https:" ? "; Secure" : "";
        document.cookie = name + "=" + encodeURIComponent(value) + "; expires=" + expires + "; path=/; SameSite=Lax" + secure;
    }
};

// The theme toggles (Components/Layout/ThemeToggle.razor: the app bar's and the phone menu's) work without a circuit:
// swap the sheet, remember the choice, and keep every toggle on the page saying the same.
document.addEventListener("click", function (event) {
    var toggle = event.target.closest && event.target.closest(".theme-toggle");
    if (!toggle) {
        return;
    }
    var dark = toggle.getAttribute("data-mode") !== "dark";
    var sheet = document.getElementById("theme-stylesheet");
    if (sheet) {
        sheet.setAttribute("href", toggle.getAttribute(dark ? "data-dark-url" : "data-light-url"));
    }
    document.querySelectorAll(".theme-toggle").forEach(function (each) {
        var label = each.getAttribute(dark ? "data-label-light" : "data-label-dark");
        each.setAttribute("data-mode", dark ? "dark" : "light");
        each.setAttribute("aria-label", label);
        each.setAttribute("title", label);
    });
    window.memberhub.setCookie(toggle.getAttribute("data-cookie"), dark ? "dark" : "light", 365);
});

// A filter form (form[data-autosubmit]) applies each change at once, as an enhanced navigation; fields left empty stay
// out of the URL.
document.addEventListener("change", function (event) {
    var form = event.target.closest && event.target.closest("form[data-autosubmit]");
    if (!form) {
        return;
    }
    var query = new URLSearchParams();
    new FormData(form).forEach(function (value, name) {
        if (value !== "") {
            query.append(name, value);
        }
    });
    var url = form.getAttribute("action") + (query.toString() ? "?" + query.toString() : "");
    if (window.Blazor && window.Blazor.navigateTo) {
        window.Blazor.navigateTo(url);
    } else {
        window.location.assign(url);
    }
});

// The menu button opens and closes the drawer in both render modes (the layout is plain markup, see MainLayout.razor).
// On a phone the drawer covers the page, so following one of its links closes it.
(function () {
    function small() {
        return window.matchMedia("(max-width: 959px)").matches;
    }

    function setDrawer(open) {
        var drawer = document.querySelector(".mud-drawer");
        var layout = document.querySelector(".mud-layout");
        var toggle = document.getElementById("nav-toggle");
        if (!drawer || !layout) {
            return;
        }
        drawer.classList.remove("mud-drawer--initial");
        drawer.classList.toggle("mud-drawer--open", open);
        drawer.classList.toggle("mud-drawer--closed", !open);
        layout.classList.toggle("mud-drawer-open-responsive-md-left", open);
        if (toggle) {
            toggle.setAttribute("aria-expanded", open ? "true" : "false");
        }
    }

    function isOpen() {
        var drawer = document.querySelector(".mud-drawer");
        return !!drawer && drawer.classList.contains("mud-drawer--open") && !(small() && drawer.classList.contains("mud-drawer--initial"));
    }

    document.addEventListener("click", function (event) {
        if (!event.target.closest) {
            return;
        }
        if (event.target.closest("#nav-toggle")) {
            setDrawer(!isOpen());
        } else if (small() && event.target.closest(".mud-drawer .mud-nav-link") && isOpen()) {
            setDrawer(false);
        }
    });
})();

// The bell on a static page (NotificationBell.razor) follows the unread count from an event stream. One tab of the
// browser holds the stream (a Web Lock elects it) and tells the others over a BroadcastChannel, so many open tabs
// cost one connection; where locks are missing (plain HTTP off localhost) each visible tab follows its own.
(function () {
    var channel = "BroadcastChannel" in window ? new BroadcastChannel("memberhub-unread") : null;
    var shared = !!(channel && navigator.locks);
    var source = null;
    var waiting = false;

    function bell() {
        return document.querySelector("#notification-bell[data-unread-stream]");
    }

    function show(count) {
        var link = bell();
        if (!link) {
            return;
        }
        var badge = link.querySelector(".mud-badge");
        badge.textContent = count > 0 ? String(count) : "";
        badge.hidden = !(count > 0);
        link.setAttribute("aria-label", link.getAttribute("data-aria-template").replace("{0}", String(count)));
    }

    function open(url, closed) {
        source = new EventSource(url);
        source.onmessage = function (event) {
            var count = parseInt(event.data, 10) || 0;
            show(count);
            if (channel) {
                channel.postMessage(count);
            }
        };
        source.onerror = function () {
            if (source && source.readyState === EventSource.CLOSED) {
                stop();
                closed();
            }
        };
    }

    function stop() {
        if (source) {
            source.close();
            source = null;
        }
    }

    function lead() {
        return new Promise(function (released) {
            var link = bell();
            if (!link) {
                released();
                return;
            }
            open(link.getAttribute("data-unread-stream"), released);
            // Leading ends when this page no longer has a static bell (an interactive page, or signed out).
            var watch = setInterval(function () {
                if (!bell()) {
                    clearInterval(watch);
                    stop();
                    released();
                }
            }, 1000);
        });
    }

    function follow() {
        var link = bell();
        if (shared) {
            if (link && !waiting && !source) {
                waiting = true;
                navigator.locks.request("memberhub-unread", lead).then(function () { waiting = false; });
            }
            return;
        }
        if (!link || document.visibilityState !== "visible") {
            stop();
        } else if (!source) {
            open(link.getAttribute("data-unread-stream"), function () { });
        }
    }

    if (channel) {
        channel.onmessage = function (event) { show(event.data); };
    }
    document.addEventListener("visibilitychange", follow);
    if (window.Blazor && window.Blazor.addEventListener) {
        window.Blazor.addEventListener("enhancedload", follow);
    }
    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", follow);
    } else {
        follow();
    }
})();

// The reader's own time zone, for members who never chose one in their profile: remembered in a cookie the server
// reads (TimeZones.FromBrowser), so times are shown in it from the next page on. Every time carries its zone's name,
// so the first page, drawn in the community's zone, is not misread.
(function () {
    var zone = window.Intl && Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!zone) {
        return;
    }
    var current = (document.cookie.match(/(?:^|; )mh\.tz=([^;]*)/) || [])[1];
    if (!current || decodeURIComponent(current) !== zone) {
        window.memberhub.setCookie("mh.tz", zone, 365);
    }
})();

// A live island on a static page (ThreadRefresh, TalkRefresh) asks for the page again when what it shows changes. The
// refresh rewrites the page's boxes with what the server has, so text being typed ([data-draft]) is kept around it;
// while a box holds a draft, the island asks first.
(function () {
    var kept = null;
    var flash = null;

    function drafts() {
        return Array.prototype.filter.call(document.querySelectorAll("[data-draft]"), function (field) {
            // Not only what differs from the page's text: a refused post comes back with the draft as the box's text.
            return field.id && field.value.trim() !== "";
        });
    }

    window.memberhub.hasDraft = function () {
        return drafts().length > 0;
    };

    window.memberhub.keepDrafts = function () {
        kept = {};
        drafts().forEach(function (field) {
            kept[field.id] = field.value;
        });
        // The reader's own post raised the change that refreshes the page: what it said stays on screen.
        var said = document.querySelector(".flash");
        flash = said ? said.cloneNode(true) : null;
    };

    function restore() {
        var container = document.querySelector(".mud-main-content .mud-container");
        if (flash && container && !document.querySelector(".flash")) {
            container.appendChild(flash);
        }
        flash = null;
        if (!kept) {
            return;
        }
        Object.keys(kept).forEach(function (id) {
            var field = document.getElementById(id);
            if (field && field.value === field.defaultValue) {
                field.value = kept[id];
            }
        });
        kept = null;
    }

    // A post answers with the boxes as they were sent, so nothing needs keeping across it.
    document.addEventListener("submit", function () {
        kept = null;
    }, true);

    if (window.Blazor && window.Blazor.addEventListener) {
        window.Blazor.addEventListener("enhancedload", restore);
    }
})();

// The joining funnel: where a visitor came from (a campaign's utm_source, a referral code) is remembered from the page
// they landed on, and the pricing page ([data-funnel-visit]) says it was seen. Its visitors' copy comes from the cache,
// so the count is asked for from here; the server keeps no IP address.
(function () {
    var key = "memberhub.source";

    function remember() {
        var query = new URLSearchParams(location.search);
        var found = { source: query.get("utm_source"), ref: query.get("ref") };
        try {
            if ((found.source || found.ref) && !sessionStorage.getItem(key)) {
                sessionStorage.setItem(key, JSON.stringify(found));
            }
        } catch (e) {
            // Storage can be off; the visit then counts as direct.
        }
    }

    function count() {
        remember();
        if (!document.querySelector("[data-funnel-visit]")) {
            return;
        }
        var found = {};
        try {
            found = JSON.parse(sessionStorage.getItem(key) || "{}");
        } catch (e) {
            found = {};
        }
        var params = new URLSearchParams();
        if (found.source) {
            params.set("source", found.source);
        }
        if (found.ref) {
            params.set("ref", found.ref);
        }
        fetch("/funnel/visit?" + params.toString(), { method: "POST", credentials: "same-origin", keepalive: true }).catch(function () { });
    }

    count();
    if (window.Blazor && window.Blazor.addEventListener) {
        window.Blazor.addEventListener("enhancedload", count);
    }
})();
