using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MemberHub.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Memberships : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BillingCustomer",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    StripeCustomerId = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BillingCustomer", x => x.UserId);
                    table.ForeignKey(
                        name: "FK_BillingCustomer_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MembershipInvoice",
                columns: table => new
                {
                    StripeInvoiceId = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    StripeSubscriptionId = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    AmountDue = table.Column<long>(type: "INTEGER", nullable: false),
                    AmountPaid = table.Column<long>(type: "INTEGER", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    HostedInvoiceUrl = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MembershipInvoice", x => x.StripeInvoiceId);
                    table.ForeignKey(
                        name: "FK_MembershipInvoice_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProcessedStripeEvent",
                columns: table => new
                {
                    EventId = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ProcessedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcessedStripeEvent", x => x.EventId);
                });

            migrationBuilder.CreateTable(
                name: "TestModeCheckout",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    CustomerId = table.Column<string>(type: "TEXT", nullable: false),
                    TierId = table.Column<int>(type: "INTEGER", nullable: false),
                    PriceId = table.Column<string>(type: "TEXT", nullable: false),
                    Interval = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    TrialDays = table.Column<int>(type: "INTEGER", nullable: false),
                    SuccessUrl = table.Column<string>(type: "TEXT", nullable: false),
                    CancelUrl = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TestModeCheckout", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TestModeSubscription",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CustomerId = table.Column<string>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    TierId = table.Column<int>(type: "INTEGER", nullable: false),
                    PriceId = table.Column<string>(type: "TEXT", nullable: false),
                    Interval = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", nullable: false),
                    PeriodStartUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PeriodEndUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    TrialEndUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CancelAtPeriodEnd = table.Column<bool>(type: "INTEGER", nullable: false),
                    EndedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ScheduledPriceId = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TestModeSubscription", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Tier",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    NameZh = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    DescriptionEn = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    DescriptionZh = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    PerksEn = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    PerksZh = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Rank = table.Column<int>(type: "INTEGER", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    MonthlyAmount = table.Column<long>(type: "INTEGER", nullable: false),
                    YearlyAmount = table.Column<long>(type: "INTEGER", nullable: true),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    TrialDays = table.Column<int>(type: "INTEGER", nullable: false),
                    MemberCap = table.Column<int>(type: "INTEGER", nullable: true),
                    OnSale = table.Column<bool>(type: "INTEGER", nullable: false),
                    Archived = table.Column<bool>(type: "INTEGER", nullable: false),
                    StripeProductId = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    StripeMonthlyPriceId = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    StripeYearlyPriceId = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Tier", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Membership",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    TierId = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    StripeSubscriptionId = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    StripePriceId = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    Interval = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    CurrentPeriodEndUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    TrialEndUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CancelAtPeriodEnd = table.Column<bool>(type: "INTEGER", nullable: false),
                    PastDueSinceUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EndedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ComplimentaryUntilUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    StripeStateAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ScheduledTierId = table.Column<int>(type: "INTEGER", nullable: true),
                    StartedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastReconciledAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Membership", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Membership_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Membership_Tier_TierId",
                        column: x => x.TierId,
                        principalTable: "Tier",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TierPrice",
                columns: table => new
                {
                    StripePriceId = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    TierId = table.Column<int>(type: "INTEGER", nullable: false),
                    Interval = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TierPrice", x => x.StripePriceId);
                    table.ForeignKey(
                        name: "FK_TierPrice_Tier_TierId",
                        column: x => x.TierId,
                        principalTable: "Tier",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WaitlistEntry",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TierId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WaitlistEntry", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WaitlistEntry_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_WaitlistEntry_Tier_TierId",
                        column: x => x.TierId,
                        principalTable: "Tier",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BillingCustomer_StripeCustomerId",
                table: "BillingCustomer",
                column: "StripeCustomerId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Membership_Status_CurrentPeriodEndUtc",
                table: "Membership",
                columns: new[] { "Status", "CurrentPeriodEndUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Membership_StripeSubscriptionId",
                table: "Membership",
                column: "StripeSubscriptionId");

            migrationBuilder.CreateIndex(
                name: "IX_Membership_TierId",
                table: "Membership",
                column: "TierId");

            migrationBuilder.CreateIndex(
                name: "IX_Membership_UserId",
                table: "Membership",
                column: "UserId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MembershipInvoice_UserId_CreatedUtc",
                table: "MembershipInvoice",
                columns: new[] { "UserId", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_TestModeSubscription_UserId",
                table: "TestModeSubscription",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_TierPrice_TierId",
                table: "TierPrice",
                column: "TierId");

            migrationBuilder.CreateIndex(
                name: "IX_WaitlistEntry_TierId_UserId",
                table: "WaitlistEntry",
                columns: new[] { "TierId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WaitlistEntry_UserId",
                table: "WaitlistEntry",
                column: "UserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BillingCustomer");

            migrationBuilder.DropTable(
                name: "Membership");

            migrationBuilder.DropTable(
                name: "MembershipInvoice");

            migrationBuilder.DropTable(
                name: "ProcessedStripeEvent");

            migrationBuilder.DropTable(
                name: "TestModeCheckout");

            migrationBuilder.DropTable(
                name: "TestModeSubscription");

            migrationBuilder.DropTable(
                name: "TierPrice");

            migrationBuilder.DropTable(
                name: "WaitlistEntry");

            migrationBuilder.DropTable(
                name: "Tier");
        }
    }
}
