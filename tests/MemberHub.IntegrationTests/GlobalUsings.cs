global using MemberHub.IntegrationTests.Infrastructure;
