using MemberHub.Web.Components;
using MemberHub.Web.Data;
using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Features.Community;
using MemberHub.Web.Features.Content;
using MemberHub.Web.Features.Dashboard;
using MemberHub.Web.Features.Demo;
using MemberHub.Web.Features.Memberships;
using MemberHub.Web.Features.Notifications;
using MemberHub.Web.Features.Portability;
using MemberHub.Web.Features.Portability.Import;
using MemberHub.Web.Features.Questions;
using MemberHub.Web.Features.Talks;
using MemberHub.Web.Infrastructure;
using MemberHub.Web.Infrastructure.Caching;
using MemberHub.Web.Infrastructure.Configuration;
using MemberHub.Web.Infrastructure.Email;
using MemberHub.Web.Infrastructure.Localization;
using MemberHub.Web.Infrastructure.ScaleOut;
using MemberHub.Web.Infrastructure.Security;

// "import <archive>" restores a community into this empty instance and exits (README: export and import).
var import = ImportCommand.Parse(args);
var builder = WebApplication.CreateBuilder(import?.HostArgs ?? args);

// What every feature stands on (src/MemberHub.Web/Infrastructure, Data, Components).
builder.AddInfrastructure();
builder.AddData();
builder.AddEmail();
builder.AddAppLocalization();
builder.AddSecurity();
builder.AddAppShell();

// The features, one folder each under src/MemberHub.Web/Features.
builder.AddAccounts();
builder.AddCommunity();
builder.AddMemberships();
builder.AddContent();
builder.AddQuestions();
builder.AddTalks();
builder.AddNotifications();
builder.AddDashboard();
builder.AddPortability();
builder.AddDemo();
builder.Services.AddCacheReset();
builder.AddScaleOut();

var app = builder.Build();

// Before serving: a bad setting stops start-up with one clear line; then the database, the staff, the content, the demo.
try
{
    app.ValidateOptions();
    await app.Services.MigrateDatabaseAsync();
    if (import is not null)
    {
        return await import.RunAsync(app.Services);
    }
    await app.EnsureStaffAsync();
    await app.ImportContentAsync();
    await app.SeedDemoAsync();
}
catch (Exception e) when (ConfigurationErrors.TryDescribe(e, out var message))
{
    await Console.Error.WriteLineAsync(message);
    return 1;
}

app.UsePipeline();
app.MapAppShell();
app.MapAccounts();
app.MapMemberships();
app.MapContent();
app.MapTalks();
app.MapNotifications();
app.MapDashboard();
app.MapPortability();
await app.RunAsync();
return 0;

public partial class Program;
