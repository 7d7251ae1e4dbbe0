using MudBlazor;

namespace MemberHub.Web.Components.Layout;

internal static class AppTheme
{
    // System fonts first, then common CJK faces so Chinese text never falls back to boxes.
    private static readonly string[] Fonts =
    [
        "system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial",
        "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", "sans-serif",
    ];

    public static readonly MudTheme Theme = new()
    {
        // Every colour that carries text reads at 4.5:1 or better (WCAG AA; AccessibilityTests checks the pages):
        // MudBlazor's defaults for warning, info, success and secondary text are lighter than that.
        PaletteLight = new PaletteLight
        {
            Primary = "#3f51b5",
            Secondary = "#00796b",
            AppbarBackground = "#3f51b5",
            Warning = "#b45309",
            Info = "#0d62b0",
            Success = "#2e7d32",
            Error = "#c62828",
            TextSecondary = "rgba(0,0,0,0.62)",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#8c9eff",
            PrimaryContrastText = "rgba(0,0,0,0.87)",
            Secondary = "#4db6ac",
            SecondaryContrastText = "rgba(0,0,0,0.87)",
            Success = "#81c784",
            SuccessContrastText = "rgba(0,0,0,0.87)",
            Info = "#90caf9",
            InfoContrastText = "rgba(0,0,0,0.87)",
            Warning = "#ffb74d",
            WarningContrastText = "rgba(0,0,0,0.87)",
            Error = "#ef9a9a",
            ErrorContrastText = "rgba(0,0,0,0.87)",
            TextSecondary = "rgba(255,255,255,0.72)",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = Fonts },
            H1 = new H1Typography { FontFamily = Fonts },
            H2 = new H2Typography { FontFamily = Fonts },
            H3 = new H3Typography { FontFamily = Fonts },
            H4 = new H4Typography { FontFamily = Fonts },
            H5 = new H5Typography { FontFamily = Fonts },
            H6 = new H6Typography { FontFamily = Fonts },
            Button = new ButtonTypography { FontFamily = Fonts },
            Body1 = new Body1Typography { FontFamily = Fonts },
            Body2 = new Body2Typography { FontFamily = Fonts },
        },
    };
}
