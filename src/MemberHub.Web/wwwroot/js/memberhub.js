// Small helpers the components call through JS interop; kept in a file so the CSP needs no inline script.
window.memberhub = {
    setCookie: function (name, value, days) {
        var expires = new Date(Date.now() + days * 864e5).toUTCString();
        var secure = location.protocol === "https:" ? "; Secure" : "";
        document.cookie = name + "=" + encodeURIComponent(value) + "; expires=" + expires + "; path=/; SameSite=Lax" + secure;
    }
};
