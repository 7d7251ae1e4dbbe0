using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MemberHub.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class FixedTermPasses : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "PassAmount",
                table: "Tiers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PassDays",
                table: "Tiers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PassPaymentMethods",
                table: "Tiers",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "card");

            migrationBuilder.AddColumn<long>(
                name: "PassRenewalAmount",
                table: "Tiers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PassRenewalWindowDays",
                table: "Tiers",
                type: "INTEGER",
                nullable: false,
                defaultValue: 30);

            migrationBuilder.AddColumn<long>(
                name: "AmountMinor",
                table: "TestModeCheckouts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "EarlyRenewal",
                table: "TestModeCheckouts",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Mode",
                table: "TestModeCheckouts",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "subscription");

            migrationBuilder.AddColumn<int>(
                name: "PassDays",
                table: "TestModeCheckouts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PassPurchases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    TierId = table.Column<int>(type: "INTEGER", nullable: false),
                    CheckoutSessionId = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    PaymentIntentId = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    AmountMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Days = table.Column<int>(type: "INTEGER", nullable: false),
                    EarlyRenewal = table.Column<bool>(type: "INTEGER", nullable: false),
                    PaidAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndsAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RefundedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PassPurchases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PassPurchases_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PassPurchases_Tiers_TierId",
                        column: x => x.TierId,
                        principalTable: "Tiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PassRemindersSent",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    PassEndsAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PassRemindersSent", x => new { x.UserId, x.PassEndsAtUtc, x.Kind });
                    table.ForeignKey(
                        name: "FK_PassRemindersSent_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PassPurchases_CheckoutSessionId",
                table: "PassPurchases",
                column: "CheckoutSessionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PassPurchases_PaymentIntentId",
                table: "PassPurchases",
                column: "PaymentIntentId");

            migrationBuilder.CreateIndex(
                name: "IX_PassPurchases_TierId",
                table: "PassPurchases",
                column: "TierId");

            migrationBuilder.CreateIndex(
                name: "IX_PassPurchases_UserId_PaidAtUtc",
                table: "PassPurchases",
                columns: new[] { "UserId", "PaidAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PassPurchases");

            migrationBuilder.DropTable(
                name: "PassRemindersSent");

            migrationBuilder.DropColumn(
                name: "PassAmount",
                table: "Tiers");

            migrationBuilder.DropColumn(
                name: "PassDays",
                table: "Tiers");

            migrationBuilder.DropColumn(
                name: "PassPaymentMethods",
                table: "Tiers");

            migrationBuilder.DropColumn(
                name: "PassRenewalAmount",
                table: "Tiers");

            migrationBuilder.DropColumn(
                name: "PassRenewalWindowDays",
                table: "Tiers");

            migrationBuilder.DropColumn(
                name: "AmountMinor",
                table: "TestModeCheckouts");

            migrationBuilder.DropColumn(
                name: "EarlyRenewal",
                table: "TestModeCheckouts");

            migrationBuilder.DropColumn(
                name: "Mode",
                table: "TestModeCheckouts");

            migrationBuilder.DropColumn(
                name: "PassDays",
                table: "TestModeCheckouts");
        }
    }
}
