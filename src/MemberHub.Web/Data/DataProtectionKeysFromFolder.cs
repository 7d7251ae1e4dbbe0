using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace MemberHub.Web.Data;

/// <summary>
/// Earlier versions kept the Data Protection keys in <c>keys/</c> beside the database. Moved into the database once, at the
/// first start after the upgrade, so nobody is signed out by it; the folder is left as it was.
/// </summary>
public static class DataProtectionKeysFromFolder
{
    public static async Task<int> MoveAsync(AppDbContext db, string folder, CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(folder) || await db.DataProtectionKeys.AnyAsync(cancellationToken))
        {
            return 0;
        }
        // The file repository names each file after its key; the database repository keeps that name as FriendlyName.
        var keys = Directory.EnumerateFiles(folder, "*.xml")
            .Select(path => new DataProtectionKey { FriendlyName = Path.GetFileNameWithoutExtension(path), Xml = File.ReadAllText(path) })
            .ToList();
        db.DataProtectionKeys.AddRange(keys);
        await db.SaveChangesAsync(cancellationToken);
        return keys.Count;
    }
}
