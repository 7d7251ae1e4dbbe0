using System.Globalization;
using MemberHub.Tests.Components;
using MemberHub.Web.Features.Portability;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.JSInterop;

namespace MemberHub.Tests.Features.Portability;

public class UploadedFileTests : AppTestContext
{
    private IStringLocalizer<PortabilityText> Text => Services.GetRequiredService<IStringLocalizer<PortabilityText>>();

    public static TheoryData<string, Exception> BrokenOff => new()
    {
        { "en", new IOException("Connection reset") },
        { "zh-Hans", new JSException("NotReadableError: the file changed on disk") },
        { "en", new TaskCanceledException() },
    };

    [Theory]
    [MemberData(nameof(BrokenOff))]
    public async Task An_upload_that_breaks_off_is_a_message_in_the_owners_language_not_a_crash(string culture, Exception failure)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);

        var read = await UploadedFile.ReadAsync(new Upload(new byte[4096], failure), Text);

        Assert.False(read.Succeeded);
        Assert.Equal(culture == "en"
            ? "The upload broke off before the whole file arrived; nothing was read or changed. Choose the file again."
            : "文件上传中断，未能完整接收；没有读取或更改任何内容。请重新选择文件。", read.Error);
    }

    [Fact]
    public async Task A_whole_upload_is_read_as_sent_and_one_too_large_is_refused_before_reading()
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
        var bytes = "邮箱,昵称\na@example.com,甲\n"u8.ToArray();

        var whole = await UploadedFile.ReadAsync(new Upload(bytes), Text);
        var large = await UploadedFile.ReadAsync(new Upload(bytes, Size: 100L * 1024 * 1024), Text);

        Assert.Equal(bytes, whole.Value);
        Assert.StartsWith("The file is larger than", large.Error);
    }

    /// <summary>A browser file that sends half of its bytes and then fails with <paramref name="Failure"/>, if one is given.</summary>
    private sealed record Upload(byte[] Bytes, Exception? Failure = null, long? Size = null) : IBrowserFile
    {
        public string Name => "members.csv";
        public DateTimeOffset LastModified => DateTimeOffset.UnixEpoch;
        long IBrowserFile.Size => Size ?? Bytes.Length;
        public string ContentType => "text/csv";

        public Stream OpenReadStream(long maxAllowedSize = 512000, CancellationToken cancellationToken = default) =>
            Failure is null ? new MemoryStream(Bytes) : new BreaksOff(Bytes[..(Bytes.Length / 2)], Failure);
    }

    private sealed class BreaksOff(byte[] first, Exception failure) : MemoryStream(first)
    {
        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var read = await base.ReadAsync(buffer, cancellationToken);
            return read > 0 ? read : throw failure;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
    }
}
