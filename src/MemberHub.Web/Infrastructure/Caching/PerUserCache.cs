namespace MemberHub.Web.Infrastructure.Caching;

/// <summary>
/// Values about one user (who they are to the access policy, how many notifications wait) read on every page and
/// changed rarely, held in memory until that user's data changes. Changes are announced by <see cref="UserDataChanges{T}"/>
/// when a save touches the user's rows, so no caller has to remember.
/// </summary>
public sealed class PerUserCache<T>(TimeProvider clock) : KeyedCache<string, T>(clock);
