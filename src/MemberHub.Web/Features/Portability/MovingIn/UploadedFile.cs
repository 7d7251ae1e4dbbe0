using Microsoft.AspNetCore.Components.Forms;

namespace MemberHub.Web.Features.Portability.MovingIn;

/// <summary>A file another platform exported, as the Owner uploaded it on a moving-in page.</summary>
internal static class UploadedFile
{
    /// <summary>Its bytes, or null when it is larger than <see cref="MemberCsv.MaxBytes"/> (the page says so).</summary>
    public static async Task<byte[]?> ReadAsync(IBrowserFile file)
    {
        if (file.Size > MemberCsv.MaxBytes)
        {
            return null;
        }
        using var buffer = new MemoryStream();
        await file.OpenReadStream(MemberCsv.MaxBytes).CopyToAsync(buffer);
        return buffer.ToArray();
    }
}
