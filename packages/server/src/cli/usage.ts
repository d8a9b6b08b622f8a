export const usage = `Usage: npm run signport -- <command>      (installed package: signport <command>)

  start                                             run the server (installed package only; here: npm run server)
  account create --name <name> [--origin <url>]…   create an account; prints its secret key once
  account list                                      accounts with origins and key prefixes
  account origins add --account <id> --origin <url>
  account origins remove --account <id> --origin <url>
  account set --account <id> [--signing-url <url>] [--portal-url <url>]
                                                    emailed signing / portal links open <url> ({token} replaced); "" for the hosted page
  key rotate --account <id>                         new secret key (printed once); old keys revoked
  blobs copy-to-s3 [--delete-from-database]         copy blobs kept in the database to BLOB_STORE=s3://…; safe to re-run

Every command prints JSON on stdout (npm run -s keeps npm's own banner out of it). The database is DATABASE_URL (default file:./data/signport.db).`;

/** Bad command-line input: the message is printed with the usage text. */
export class UsageError extends Error {
  override name = 'UsageError';
}
