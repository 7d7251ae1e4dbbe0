// Small helpers the components call through JS interop; kept in a file so the CSP needs no inline script.
window.memberhub = {
    setCookie: function (name, value, days) {
        var expires = new Date(Date.now() + days * 864e5).toUTCString();
        var secure = location.protocol === "https:" ? "; Secure" : "";
        document.cookie = name + "=" + encodeURIComponent(value) + "; expires=" + expires + "; path=/; SameSite=Lax" + secure;
    }
};

// The theme toggle (Components/Layout/ThemeToggle.razor) works without a circuit: swap the sheet, remember the choice.
document.addEventListener("click", function (event) {
    var toggle = event.target.closest && event.target.closest("#theme-toggle");
    if (!toggle) {
        return;
    }
    var dark = toggle.getAttribute("data-mode") !== "dark";
    var sheet = document.getElementById("theme-stylesheet");
    if (sheet) {
        sheet.setAttribute("href", toggle.getAttribute(dark ? "data-dark-url" : "data-light-url"));
    }
    toggle.setAttribute("data-mode", dark ? "dark" : "light");
    var label = toggle.getAttribute(dark ? "data-label-light" : "data-label-dark");
    toggle.setAttribute("aria-label", label);
    toggle.setAttribute("title", label);
    window.memberhub.setCookie(toggle.getAttribute("data-cookie"), dark ? "dark" : "light", 365);
});

// On a statically rendered page no circuit answers the menu button, so the drawer opens and closes here; an
// interactive page's layout (data-render="interactive") does it itself.
document.addEventListener("click", function (event) {
    var toggle = event.target.closest && event.target.closest("#nav-toggle");
    var bar = document.querySelector(".mud-appbar");
    if (!toggle || !bar || bar.getAttribute("data-render") === "interactive") {
        return;
    }
    var drawer = document.querySelector(".mud-drawer");
    var layout = document.querySelector(".mud-layout");
    if (!drawer || !layout) {
        return;
    }
    var small = window.matchMedia("(max-width: 959px)").matches;
    var visible = drawer.classList.contains("mud-drawer--open") && !(small && drawer.classList.contains("mud-drawer--initial"));
    drawer.classList.remove("mud-drawer--initial");
    drawer.classList.toggle("mud-drawer--open", !visible);
    drawer.classList.toggle("mud-drawer--closed", visible);
    layout.classList.toggle("mud-drawer-open-responsive-md-left", !visible);
});
