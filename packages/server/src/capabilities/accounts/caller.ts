/** Who is calling: a user through their embed token, or the account itself (`userId` absent) through its secret key. */
export interface Caller {
  accountId: string;
  userId?: string;
}
