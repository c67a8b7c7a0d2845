// Every code the core emits, with English and Japanese text. `$1`..`$n` are the params in
// order, as browser.i18n substitutes them; the UI merges this table into _locales/{en,ja}.
// No literal "$" other than placeholders: i18n would need it written as "$$".
const MESSAGES = {
  // Profile fields
  errLabelRequired: { en: 'Enter a label for this role.', ja: 'このロールのラベルを入力してください。' },
  errLabelLength: {
    en: 'Label must be at most 100 characters (got $1).',
    ja: 'ラベルは100文字以内にしてください（現在 $1 文字）。',
  },
  errAccountRequired: {
    en: 'Enter the account: a 12-digit account ID or an account alias.',
    ja: 'アカウントを入力してください（12桁のアカウント ID またはアカウントエイリアス）。',
  },
  errAccountFormat: {
    en: 'Account ID must be exactly 12 digits (got $1).',
    ja: 'アカウント ID はちょうど12桁の数字で入力してください（現在 $1 桁）。',
  },
  errAliasLength: {
    en: 'Account alias must be 3 to 63 characters long (got $1).',
    ja: 'アカウントエイリアスは3〜63文字にしてください（現在 $1 文字）。',
  },
  errAliasChars: {
    en: 'Account alias may contain only lowercase letters, digits and hyphens (found $1).',
    ja: 'アカウントエイリアスに使えるのは英小文字・数字・ハイフンだけです（使えない文字: $1）。',
  },
  errAliasHyphenEdge: {
    en: 'Account alias must not start or end with a hyphen.',
    ja: 'アカウントエイリアスの先頭と末尾にはハイフンを使えません。',
  },
  errAliasDoubleHyphen: {
    en: 'Account alias must not contain two hyphens in a row (--).',
    ja: 'アカウントエイリアスではハイフンを2つ続けて（--）使えません。',
  },
  warnAccountDashedId: {
    en: '"$1" looks like an account ID written with dashes, so it will be used as an account alias. Enter $2 if you meant the account ID.',
    ja: '「$1」はハイフン区切りのアカウント ID のようですが、アカウントエイリアスとして扱われます。アカウント ID のつもりなら $2 と入力してください。',
  },
  errRoleNameRequired: { en: 'Enter the role name.', ja: 'ロール名を入力してください。' },
  errRoleNameChars: {
    en: 'Role name may contain only letters, digits and + = , . @ _ - (found $1).',
    ja: 'ロール名に使えるのは英字・数字と + = , . @ _ - だけです（使えない文字: $1）。',
  },
  errRoleNameLength: {
    en: 'Role name must be 1 to 64 characters long (got $1).',
    ja: 'ロール名は1〜64文字にしてください（現在 $1 文字）。',
  },
  errRolePathFormat: {
    en: 'Role path must be / or start and end with / with no empty parts, like /team/ops/ (got "$1").',
    ja: 'ロールのパスは「/」にするか、/team/ops/ のように「/」で始まり「/」で終わる形にしてください。空の区切りは使えません（入力値:「$1」）。',
  },
  errRolePathChars: {
    en: 'Role path may contain only letters, digits, + = , . @ _ - and / (found $1).',
    ja: 'ロールのパスに使えるのは英字・数字と + = , . @ _ - および / だけです（使えない文字: $1）。',
  },
  errRoleSwitchNameLength: {
    en: 'Role path and name together must be at most 64 characters, because the console keeps them in a cookie ("$1" has $2).',
    ja: 'コンソールは Cookie に保存するため、ロールのパスと名前は合わせて64文字以内にしてください（「$1」は $2 文字）。',
  },
  errDisplayNameLength: {
    en: 'Display name must be at most 64 characters, the most the console shows (got $1).',
    ja: '表示名はコンソールが表示できる64文字以内にしてください（現在 $1 文字）。',
  },
  errColorFormat: {
    en: 'Color must be 6 hex digits, like f2b0a9 or #F2B0A9 (got "$1").',
    ja: '色は f2b0a9 や #F2B0A9 のような6桁の16進数で入力してください（入力値:「$1」）。',
  },
  errRegionFormat: {
    en: 'Region must look like us-east-1 or ap-northeast-1 (got "$1").',
    ja: 'リージョンは us-east-1 や ap-northeast-1 のような形で入力してください（入力値:「$1」）。',
  },
  errRegionPartition: {
    en: 'Region $1 is not in partition $2. Choose a region of that partition or change the partition.',
    ja: 'リージョン $1 はパーティション $2 に属していません。そのパーティションのリージョンを選ぶか、パーティションを変更してください。',
  },
  errPartitionUnknown: {
    en: 'Partition must be aws, aws-us-gov, aws-cn or aws-eusc (got "$1").',
    ja: 'パーティションは aws、aws-us-gov、aws-cn、aws-eusc のいずれかにしてください（入力値:「$1」）。',
  },
  // Role ARNs
  errRoleArnFormat: {
    en: 'Role ARN must look like arn:aws:iam::123456789012:role/RoleName (got "$1").',
    ja: 'ロール ARN は arn:aws:iam::123456789012:role/RoleName の形で入力してください（入力値:「$1」）。',
  },
  errRoleArnIsSession: {
    en: '"$1" is a role session ARN (sts assumed-role), not a role ARN. Use the role\'s ARN instead, e.g. $2 (add the role\'s path if it has one).',
    ja: '「$1」はロールセッションの ARN（sts の assumed-role）で、ロール ARN ではありません。代わりに $2 のようなロールの ARN を使ってください（ロールにパスがあれば追加してください）。',
  },
  errRoleArnPartition: {
    en: 'Unknown partition "$1" in the role ARN; use aws, aws-us-gov, aws-cn or aws-eusc.',
    ja: 'ロール ARN のパーティション「$1」は不明です。aws、aws-us-gov、aws-cn、aws-eusc のいずれかを使ってください。',
  },
  errRoleArnAccount: {
    en: 'The account in a role ARN must be a 12-digit account ID (got "$1").',
    ja: 'ロール ARN のアカウント部分は12桁のアカウント ID にしてください（入力値:「$1」）。',
  },
  errRoleArnConflict: {
    en: 'The role ARN gives $1 as "$2", but "$3" was entered. Remove one of them or make them match.',
    ja: 'ロール ARN では $1 が「$2」ですが、「$3」が入力されています。どちらかを削除するか、一致させてください。',
  },
  warnRoleCaseOnly: {
    en: '"$1" ($3) and "$2" ($4) name the same role except for letter case. IAM treats them as one role, but switching needs the exact case: check which one is right.',
    ja: '「$1」（$3）と「$2」（$4）は大文字・小文字だけが異なる同じロールを指しています。IAM では同じロールですが、切り替えには正確な大文字・小文字が必要です。どちらが正しいか確認してください。',
  },
  // Switch requests and replies
  errSignInEndpoint: {
    en: '"$1" is not an AWS sign-in host of partition $2, so the switch was not sent. Reload the console page and try again.',
    ja: '「$1」はパーティション $2 の AWS サインインホストではないため、切り替えを送信しませんでした。コンソールのページを再読み込みしてからやり直してください。',
  },
  errSessionDifferentiator: {
    en: 'The console did not give a usable multi-session id ("$1"). Reload the console page and try again.',
    ja: 'コンソールから有効なマルチセッション ID（「$1」）を取得できませんでした。コンソールのページを再読み込みしてからやり直してください。',
  },
  errSwitchUnauthorized: {
    en: "AWS refused the switch to this role. Check the exact role-name case, that the role's trust policy allows your current identity (role chaining from an assumed role), and MFA.",
    ja: 'AWS がこのロールへの切り替えを拒否しました。ロール名の大文字・小文字が正確か、ロールの信頼ポリシーが現在の ID を許可しているか（引き受けたロールからのロールチェーン）、MFA の要否を確認してください。',
  },
  errSwitchRefused: {
    en: "AWS refused the switch (error code $1). Check the exact role-name case, the role's trust policy and MFA.",
    ja: 'AWS が切り替えを拒否しました（エラーコード $1）。ロール名の大文字・小文字、ロールの信頼ポリシー、MFA を確認してください。',
  },
  errSwitchSessionGone: {
    en: 'Your console session has ended (HTTP $1). Sign in to the console again, then retry.',
    ja: 'コンソールのセッションが終了しています（HTTP $1）。コンソールにサインインし直してから、もう一度お試しください。',
  },
  errSwitchThrottled: {
    en: 'AWS is limiting requests right now (HTTP 429). Wait a few seconds and try again.',
    ja: 'AWS が現在リクエストを制限しています（HTTP 429）。数秒待ってからもう一度お試しください。',
  },
  errSwitchUnavailable: {
    en: 'AWS sign-in is unavailable right now (HTTP $1). Try again in a moment.',
    ja: 'AWS のサインインが現在利用できません（HTTP $1）。しばらくしてからもう一度お試しください。',
  },
  errSwitchBadDestination: {
    en: 'AWS answered with a destination that is not a $2 console address, so it was not opened: $1',
    ja: 'AWS から返された移動先が $2 のコンソールのアドレスではないため、開きませんでした: $1',
  },
  errSwitchBadReply: {
    en: 'AWS sent a reply this extension does not understand (HTTP $1); the console may have changed. Try the switch page instead.',
    ja: 'AWS から理解できない応答が返されました（HTTP $1）。コンソールの仕様が変わった可能性があります。代わりにロール切り替えページを使ってください。',
  },
  // Reading who is signed in
  warnSessionDataJson: {
    en: "The console's session data could not be read (not valid JSON); other signals are used instead.",
    ja: 'コンソールのセッションデータを読み取れませんでした（JSON として不正です）。ほかの情報を代わりに使います。',
  },
  warnUserInfoCookie: {
    en: 'The aws-userInfo cookie could not be read; other signals are used instead.',
    ja: 'aws-userInfo Cookie を読み取れませんでした。ほかの情報を代わりに使います。',
  },
  warnAccountAliasCookie: {
    en: 'The aws-account-alias cookie holds "$1", which is not an account alias; it was ignored.',
    ja: 'aws-account-alias Cookie の値「$1」はアカウントエイリアスではないため、無視しました。',
  },
  warnAccountInfoShape: {
    en: "The console's account information had an unexpected shape and was ignored.",
    ja: 'コンソールのアカウント情報が想定外の形式だったため、無視しました。',
  },
  warnPrincipalArn: {
    en: '"$1" is not a recognised signed-in identity ARN; it was ignored.',
    ja: '「$1」はサインイン中の ID の ARN として認識できないため、無視しました。',
  },
  warnSignInEndpointIgnored: {
    en: 'The console reported sign-in endpoint "$1", which is not an AWS sign-in host of partition $2; it was ignored.',
    ja: 'コンソールが示したサインインエンドポイント「$1」はパーティション $2 の AWS サインインホストではないため、無視しました。',
  },
  warnMultiSessionIncomplete: {
    en: 'The console is in multi-session mode but did not report its session id and sign-in endpoint, so a multi-session switch is not possible from this page.',
    ja: 'コンソールはマルチセッションモードですが、セッション ID とサインインエンドポイントが取得できないため、このページからはマルチセッションの切り替えができません。',
  },
  warnPartitionMismatch: {
    en: "The signed-in identity is in partition $1 but this page belongs to $2; the page's partition is used.",
    ja: 'サインイン中の ID はパーティション $1 ですが、このページは $2 に属しています。ページのパーティションを使います。',
  },
  warnIdentityUnknown: {
    en: 'Could not tell who is signed in to this console page.',
    ja: 'このコンソールページにサインインしているユーザーを判別できませんでした。',
  },
} as const satisfies Record<string, { en: string; ja: string }>;

export type CoreMessageCode = keyof typeof MESSAGES;

export const CORE_MESSAGES: Record<string, { en: string; ja: string }> = MESSAGES;

/** Replaces `$1`..`$9` the way browser.i18n does; a missing param becomes empty text. */
export function formatMessage(template: string, params: readonly string[]): string {
  return template.replace(/\$([1-9])/g, (_, n: string) => params[Number(n) - 1] ?? '');
}
