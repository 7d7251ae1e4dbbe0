using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MemberHub.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class CommunityInChinese : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DescriptionHtmlZh",
                table: "CommunitySettings",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "DescriptionMarkdownZh",
                table: "CommunitySettings",
                type: "TEXT",
                maxLength: 20000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "NameZh",
                table: "CommunitySettings",
                type: "TEXT",
                maxLength: 80,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "RulesHtmlZh",
                table: "CommunitySettings",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "RulesMarkdownZh",
                table: "CommunitySettings",
                type: "TEXT",
                maxLength: 20000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "TaglineZh",
                table: "CommunitySettings",
                type: "TEXT",
                maxLength: 160,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "WelcomeMessageZh",
                table: "CommunitySettings",
                type: "TEXT",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DescriptionHtmlZh",
                table: "CommunitySettings");

            migrationBuilder.DropColumn(
                name: "DescriptionMarkdownZh",
                table: "CommunitySettings");

            migrationBuilder.DropColumn(
                name: "NameZh",
                table: "CommunitySettings");

            migrationBuilder.DropColumn(
                name: "RulesHtmlZh",
                table: "CommunitySettings");

            migrationBuilder.DropColumn(
                name: "RulesMarkdownZh",
                table: "CommunitySettings");

            migrationBuilder.DropColumn(
                name: "TaglineZh",
                table: "CommunitySettings");

            migrationBuilder.DropColumn(
                name: "WelcomeMessageZh",
                table: "CommunitySettings");
        }
    }
}
