using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using QRCoder;

namespace MemberHub.Web.Components.Account;

/// <summary>The authenticator key as people type it, and the otpauth:// QR code apps scan (drawn on the server, no script).</summary>
internal static class AuthenticatorCodes
{
    public static string FormatKey(string unformattedKey)
    {
        var result = new StringBuilder();
        var position = 0;
        while (position + 4 < unformattedKey.Length)
        {
            result.Append(unformattedKey.AsSpan(position, 4)).Append(' ');
            position += 4;
        }
        if (position < unformattedKey.Length)
        {
            result.Append(unformattedKey.AsSpan(position));
        }
        return result.ToString().ToLowerInvariant();
    }

    public static string Uri(UrlEncoder encoder, string issuer, string email, string unformattedKey) =>
        string.Format(CultureInfo.InvariantCulture, "otpauth://totp/{0}:{1}?secret={2}&issuer={0}&digits=6",
            encoder.Encode(issuer), encoder.Encode(email), unformattedKey);

    public static string QrCodeDataUri(string uri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        var png = new PngByteQRCode(data).GetGraphic(5);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }
}
