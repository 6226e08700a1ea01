# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_pocketctl_global_optspecs
    string join \n server= token= profile= socket= o/output= y/yes h/help V/version
end

function __fish_pocketctl_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_pocketctl_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_pocketctl_using_subcommand
    set -l cmd (__fish_pocketctl_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c pocketctl -n "__fish_pocketctl_needs_command" -l server -d 'Base URL of the Pocket ID server, e.g. `https://id.example.com`' -r
complete -c pocketctl -n "__fish_pocketctl_needs_command" -l token -d 'API key to authenticate with. Prefer POCKETCTL_TOKEN or `pocketctl login`: other local users can read command-line flags in the process list' -r
complete -c pocketctl -n "__fish_pocketctl_needs_command" -l profile -d 'Profile of the configuration file to use (or, for `login`, to save) [default: default]' -r
complete -c pocketctl -n "__fish_pocketctl_needs_command" -l socket -d 'Admin socket of a local daemon to use instead of a server URL [default: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock]' -r -F
complete -c pocketctl -n "__fish_pocketctl_needs_command" -s o -l output -d 'How to print results: tables for people, or the API\'s JSON for scripts' -r -f -a "table\t'Aligned tables and short sentences'
json\t'The server\'s JSON response, pretty-printed; nothing for operations without a body'"
complete -c pocketctl -n "__fish_pocketctl_needs_command" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c pocketctl -n "__fish_pocketctl_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pocketctl -n "__fish_pocketctl_needs_command" -s V -l version -d 'Print version'
complete -c pocketctl -n "__fish_pocketctl_needs_command" -f -a "users" -d 'Manage users'
complete -c pocketctl -n "__fish_pocketctl_needs_command" -f -a "invites" -d 'Manage sign-up links, with which new people create their own account and passkey'
complete -c pocketctl -n "__fish_pocketctl_needs_command" -f -a "passkeys" -d 'List and delete users\' passkeys'
complete -c pocketctl -n "__fish_pocketctl_needs_command" -f -a "sessions" -d 'List and revoke users\' sign-in sessions'
complete -c pocketctl -n "__fish_pocketctl_needs_command" -f -a "groups" -d 'Manage groups and their members'
complete -c pocketctl -n "__fish_pocketctl_needs_command" -f -a "claims" -d 'Manage custom claims of users and groups'
complete -c pocketctl -n "__fish_pocketctl_needs_command" -f -a "clients" -d 'Manage OpenID Connect clients: the apps people sign in to'
complete -c pocketctl -n "__fish_pocketctl_needs_command" -f -a "api-keys" -d 'Manage API keys'
complete -c pocketctl -n "__fish_pocketctl_needs_command" -f -a "keys" -d 'List and rotate the keys that sign ID and access tokens'
complete -c pocketctl -n "__fish_pocketctl_needs_command" -f -a "audit" -d 'Read the audit log'
complete -c pocketctl -n "__fish_pocketctl_needs_command" -f -a "login" -d 'Check a server URL and API key, and save them as a profile'
complete -c pocketctl -n "__fish_pocketctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and not __fish_seen_subcommand_from list show create update disable enable delete invite login-code help" -l server -d 'Base URL of the Pocket ID server, e.g. `https://id.example.com`' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and not __fish_seen_subcommand_from list show create update disable enable delete invite login-code help" -l token -d 'API key to authenticate with. Prefer POCKETCTL_TOKEN or `pocketctl login`: other local users can read command-line flags in the process list' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and not __fish_seen_subcommand_from list show create update disable enable delete invite login-code help" -l profile -d 'Profile of the configuration file to use (or, for `login`, to save) [default: default]' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and not __fish_seen_subcommand_from list show create update disable enable delete invite login-code help" -l socket -d 'Admin socket of a local daemon to use instead of a server URL [default: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock]' -r -F
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and not __fish_seen_subcommand_from list show create update disable enable delete invite login-code help" -s o -l output -d 'How to print results: tables for people, or the API\'s JSON for scripts' -r -f -a "table\t'Aligned tables and short sentences'
json\t'The server\'s JSON response, pretty-printed; nothing for operations without a body'"
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and not __fish_seen_subcommand_from list show create update disable enable delete invite login-code help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and not __fish_seen_subcommand_from list show create update disable enable delete invite login-code help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and not __fish_seen_subcommand_from list show create update disable enable delete invite login-code help" -s V -l version -d 'Print version'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and not __fish_seen_subcommand_from list show create update disable enable delete invite login-code help" -f -a "list" -d 'List users, ordered by username'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and not __fish_seen_subcommand_from list show create update disable enable delete invite login-code help" -f -a "show" -d 'Show a user with its groups and custom claims'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and not __fish_seen_subcommand_from list show create update disable enable delete invite login-code help" -f -a "create" -d 'Create a user'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and not __fish_seen_subcommand_from list show create update disable enable delete invite login-code help" -f -a "update" -d 'Change a user\'s fields; an empty value clears a field (or re-derives the display name)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and not __fish_seen_subcommand_from list show create update disable enable delete invite login-code help" -f -a "disable" -d 'Disable a user: they cannot sign in and get no new tokens'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and not __fish_seen_subcommand_from list show create update disable enable delete invite login-code help" -f -a "enable" -d 'Enable a disabled user again'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and not __fish_seen_subcommand_from list show create update disable enable delete invite login-code help" -f -a "delete" -d 'Delete a user and their passkeys, for good'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and not __fish_seen_subcommand_from list show create update disable enable delete invite login-code help" -f -a "invite" -d 'Make a one-time link with which the user registers a passkey'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and not __fish_seen_subcommand_from list show create update disable enable delete invite login-code help" -f -a "login-code" -d 'Make a one-time code with which the user signs in without a passkey (to add a new one)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and not __fish_seen_subcommand_from list show create update disable enable delete invite login-code help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from list" -l search -d 'Only users whose username, name or email contains this text' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from list" -l page -d 'Page to show, from 1' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from list" -l per-page -d 'Results per page (at most 500) [default: 50]' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from list" -l server -d 'Base URL of the Pocket ID server, e.g. `https://id.example.com`' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from list" -l token -d 'API key to authenticate with. Prefer POCKETCTL_TOKEN or `pocketctl login`: other local users can read command-line flags in the process list' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from list" -l profile -d 'Profile of the configuration file to use (or, for `login`, to save) [default: default]' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from list" -l socket -d 'Admin socket of a local daemon to use instead of a server URL [default: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock]' -r -F
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from list" -s o -l output -d 'How to print results: tables for people, or the API\'s JSON for scripts' -r -f -a "table\t'Aligned tables and short sentences'
json\t'The server\'s JSON response, pretty-printed; nothing for operations without a body'"
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from list" -l all -d 'Fetch every page instead of one'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from show" -l server -d 'Base URL of the Pocket ID server, e.g. `https://id.example.com`' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from show" -l token -d 'API key to authenticate with. Prefer POCKETCTL_TOKEN or `pocketctl login`: other local users can read command-line flags in the process list' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from show" -l profile -d 'Profile of the configuration file to use (or, for `login`, to save) [default: default]' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from show" -l socket -d 'Admin socket of a local daemon to use instead of a server URL [default: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock]' -r -F
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from show" -s o -l output -d 'How to print results: tables for people, or the API\'s JSON for scripts' -r -f -a "table\t'Aligned tables and short sentences'
json\t'The server\'s JSON response, pretty-printed; nothing for operations without a body'"
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from create" -l email -d 'Email address' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from create" -l first-name -d 'Given name' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from create" -l last-name -d 'Family name' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from create" -l display-name -d 'Name shown to people [default: first and last name, or the username]' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from create" -l server -d 'Base URL of the Pocket ID server, e.g. `https://id.example.com`' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from create" -l token -d 'API key to authenticate with. Prefer POCKETCTL_TOKEN or `pocketctl login`: other local users can read command-line flags in the process list' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from create" -l profile -d 'Profile of the configuration file to use (or, for `login`, to save) [default: default]' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from create" -l socket -d 'Admin socket of a local daemon to use instead of a server URL [default: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock]' -r -F
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from create" -s o -l output -d 'How to print results: tables for people, or the API\'s JSON for scripts' -r -f -a "table\t'Aligned tables and short sentences'
json\t'The server\'s JSON response, pretty-printed; nothing for operations without a body'"
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from create" -l admin -d 'Make the user an administrator'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from update" -l username -d 'New sign-in name' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from update" -l email -d 'New email address ("" removes it)' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from update" -l first-name -d 'New given name ("" removes it)' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from update" -l last-name -d 'New family name ("" removes it)' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from update" -l display-name -d 'New display name ("" derives it again from the names)' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from update" -l admin -d 'Grant (true) or withdraw (false) administration' -r -f -a "true\t''
false\t''"
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from update" -l server -d 'Base URL of the Pocket ID server, e.g. `https://id.example.com`' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from update" -l token -d 'API key to authenticate with. Prefer POCKETCTL_TOKEN or `pocketctl login`: other local users can read command-line flags in the process list' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from update" -l profile -d 'Profile of the configuration file to use (or, for `login`, to save) [default: default]' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from update" -l socket -d 'Admin socket of a local daemon to use instead of a server URL [default: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock]' -r -F
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from update" -s o -l output -d 'How to print results: tables for people, or the API\'s JSON for scripts' -r -f -a "table\t'Aligned tables and short sentences'
json\t'The server\'s JSON response, pretty-printed; nothing for operations without a body'"
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from update" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from disable" -l server -d 'Base URL of the Pocket ID server, e.g. `https://id.example.com`' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from disable" -l token -d 'API key to authenticate with. Prefer POCKETCTL_TOKEN or `pocketctl login`: other local users can read command-line flags in the process list' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from disable" -l profile -d 'Profile of the configuration file to use (or, for `login`, to save) [default: default]' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from disable" -l socket -d 'Admin socket of a local daemon to use instead of a server URL [default: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock]' -r -F
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from disable" -s o -l output -d 'How to print results: tables for people, or the API\'s JSON for scripts' -r -f -a "table\t'Aligned tables and short sentences'
json\t'The server\'s JSON response, pretty-printed; nothing for operations without a body'"
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from disable" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from disable" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from disable" -s V -l version -d 'Print version'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from enable" -l server -d 'Base URL of the Pocket ID server, e.g. `https://id.example.com`' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from enable" -l token -d 'API key to authenticate with. Prefer POCKETCTL_TOKEN or `pocketctl login`: other local users can read command-line flags in the process list' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from enable" -l profile -d 'Profile of the configuration file to use (or, for `login`, to save) [default: default]' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from enable" -l socket -d 'Admin socket of a local daemon to use instead of a server URL [default: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock]' -r -F
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from enable" -s o -l output -d 'How to print results: tables for people, or the API\'s JSON for scripts' -r -f -a "table\t'Aligned tables and short sentences'
json\t'The server\'s JSON response, pretty-printed; nothing for operations without a body'"
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from enable" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from enable" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from enable" -s V -l version -d 'Print version'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from delete" -l server -d 'Base URL of the Pocket ID server, e.g. `https://id.example.com`' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from delete" -l token -d 'API key to authenticate with. Prefer POCKETCTL_TOKEN or `pocketctl login`: other local users can read command-line flags in the process list' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from delete" -l profile -d 'Profile of the configuration file to use (or, for `login`, to save) [default: default]' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from delete" -l socket -d 'Admin socket of a local daemon to use instead of a server URL [default: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock]' -r -F
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from delete" -s o -l output -d 'How to print results: tables for people, or the API\'s JSON for scripts' -r -f -a "table\t'Aligned tables and short sentences'
json\t'The server\'s JSON response, pretty-printed; nothing for operations without a body'"
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from invite" -l expires -d 'How long the link works, such as 30m, 24h or 7d; at most 31 days [default: 24h]' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from invite" -l server -d 'Base URL of the Pocket ID server, e.g. `https://id.example.com`' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from invite" -l token -d 'API key to authenticate with. Prefer POCKETCTL_TOKEN or `pocketctl login`: other local users can read command-line flags in the process list' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from invite" -l profile -d 'Profile of the configuration file to use (or, for `login`, to save) [default: default]' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from invite" -l socket -d 'Admin socket of a local daemon to use instead of a server URL [default: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock]' -r -F
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from invite" -s o -l output -d 'How to print results: tables for people, or the API\'s JSON for scripts' -r -f -a "table\t'Aligned tables and short sentences'
json\t'The server\'s JSON response, pretty-printed; nothing for operations without a body'"
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from invite" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from invite" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from invite" -s V -l version -d 'Print version'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from login-code" -l expires -d 'How long the code works, such as 15m or 2h; at most 24 hours [default: 15m]' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from login-code" -l server -d 'Base URL of the Pocket ID server, e.g. `https://id.example.com`' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from login-code" -l token -d 'API key to authenticate with. Prefer POCKETCTL_TOKEN or `pocketctl login`: other local users can read command-line flags in the process list' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from login-code" -l profile -d 'Profile of the configuration file to use (or, for `login`, to save) [default: default]' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from login-code" -l socket -d 'Admin socket of a local daemon to use instead of a server URL [default: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock]' -r -F
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from login-code" -s o -l output -d 'How to print results: tables for people, or the API\'s JSON for scripts' -r -f -a "table\t'Aligned tables and short sentences'
json\t'The server\'s JSON response, pretty-printed; nothing for operations without a body'"
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from login-code" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from login-code" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from login-code" -s V -l version -d 'Print version'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "list" -d 'List users, ordered by username'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a user with its groups and custom claims'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a user'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a user\'s fields; an empty value clears a field (or re-derives the display name)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "disable" -d 'Disable a user: they cannot sign in and get no new tokens'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "enable" -d 'Enable a disabled user again'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a user and their passkeys, for good'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "invite" -d 'Make a one-time link with which the user registers a passkey'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "login-code" -d 'Make a one-time code with which the user signs in without a passkey (to add a new one)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand invites; and not __fish_seen_subcommand_from create list revoke help" -l server -d 'Base URL of the Pocket ID server, e.g. `https://id.example.com`' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand invites; and not __fish_seen_subcommand_from create list revoke help" -l token -d 'API key to authenticate with. Prefer POCKETCTL_TOKEN or `pocketctl login`: other local users can read command-line flags in the process list' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand invites; and not __fish_seen_subcommand_from create list revoke help" -l profile -d 'Profile of the configuration file to use (or, for `login`, to save) [default: default]' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand invites; and not __fish_seen_subcommand_from create list revoke help" -l socket -d 'Admin socket of a local daemon to use instead of a server URL [default: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock]' -r -F
complete -c pocketctl -n "__fish_pocketctl_using_subcommand invites; and not __fish_seen_subcommand_from create list revoke help" -s o -l output -d 'How to print results: tables for people, or the API\'s JSON for scripts' -r -f -a "table\t'Aligned tables and short sentences'
json\t'The server\'s JSON response, pretty-printed; nothing for operations without a body'"
complete -c pocketctl -n "__fish_pocketctl_using_subcommand invites; and not __fish_seen_subcommand_from create list revoke help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand invites; and not __fish_seen_subcommand_from create list revoke help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand invites; and not __fish_seen_subcommand_from create list revoke help" -s V -l version -d 'Print version'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand invites; and not __fish_seen_subcommand_from create list revoke help" -f -a "create" -d 'Make a sign-up link with which new people create their own account and passkey'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand invites; and not __fish_seen_subcommand_from create list revoke help" -f -a "list" -d 'List sign-up links, newest first, with the sign-ups they have left'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand invites; and not __fish_seen_subcommand_from create list revoke help" -f -a "revoke" -d 'Revoke a sign-up link: it stops working at once; accounts made with it stay'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand invites; and not __fish_seen_subcommand_from create list revoke help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand invites; and __fish_seen_subcommand_from create" -l uses -d 'How many people may sign up with it, from 1 to 100 [default: 1]' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand invites; and __fish_seen_subcommand_from create" -l expires -d 'How long the link works, such as 24h or 7d; at most 31 days [default: 7d]' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand invites; and __fish_seen_subcommand_from create" -l group -d 'A group (name or id) that people who sign up with it join; repeat for several' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand invites; and __fish_seen_subcommand_from create" -l server -d 'Base URL of the Pocket ID server, e.g. `https://id.example.com`' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand invites; and __fish_seen_subcommand_from create" -l token -d 'API key to authenticate with. Prefer POCKETCTL_TOKEN or `pocketctl login`: other local users can read command-line flags in the process list' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand invites; and __fish_seen_subcommand_from create" -l profile -d 'Profile of the configuration file to use (or, for `login`, to save) [default: default]' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand invites; and __fish_seen_subcommand_from create" -l socket -d 'Admin socket of a local daemon to use instead of a server URL [default: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock]' -r -F
complete -c pocketctl -n "__fish_pocketctl_using_subcommand invites; and __fish_seen_subcommand_from create" -s o -l output -d 'How to print results: tables for people, or the API\'s JSON for scripts' -r -f -a "table\t'Aligned tables and short sentences'
json\t'The server\'s JSON response, pretty-printed; nothing for operations without a body'"
complete -c pocketctl -n "__fish_pocketctl_using_subcommand invites; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand invites; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand invites; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand invites; and __fish_seen_subcommand_from list" -l server -d 'Base URL of the Pocket ID server, e.g. `https://id.example.com`' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand invites; and __fish_seen_subcommand_from list" -l token -d 'API key to authenticate with. Prefer POCKETCTL_TOKEN or `pocketctl login`: other local users can read command-line flags in the process list' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand invites; and __fish_seen_subcommand_from list" -l profile -d 'Profile of the configuration file to use (or, for `login`, to save) [default: default]' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand invites; and __fish_seen_subcommand_from list" -l socket -d 'Admin socket of a local daemon to use instead of a server URL [default: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock]' -r -F
complete -c pocketctl -n "__fish_pocketctl_using_subcommand invites; and __fish_seen_subcommand_from list" -s o -l output -d 'How to print results: tables for people, or the API\'s JSON for scripts' -r -f -a "table\t'Aligned tables and short sentences'
json\t'The server\'s JSON response, pretty-printed; nothing for operations without a body'"
complete -c pocketctl -n "__fish_pocketctl_using_subcommand invites; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand invites; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand invites; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand invites; and __fish_seen_subcommand_from revoke" -l server -d 'Base URL of the Pocket ID server, e.g. `https://id.example.com`' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand invites; and __fish_seen_subcommand_from revoke" -l token -d 'API key to authenticate with. Prefer POCKETCTL_TOKEN or `pocketctl login`: other local users can read command-line flags in the process list' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand invites; and __fish_seen_subcommand_from revoke" -l profile -d 'Profile of the configuration file to use (or, for `login`, to save) [default: default]' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand invites; and __fish_seen_subcommand_from revoke" -l socket -d 'Admin socket of a local daemon to use instead of a server URL [default: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock]' -r -F
complete -c pocketctl -n "__fish_pocketctl_using_subcommand invites; and __fish_seen_subcommand_from revoke" -s o -l output -d 'How to print results: tables for people, or the API\'s JSON for scripts' -r -f -a "table\t'Aligned tables and short sentences'
json\t'The server\'s JSON response, pretty-printed; nothing for operations without a body'"
complete -c pocketctl -n "__fish_pocketctl_using_subcommand invites; and __fish_seen_subcommand_from revoke" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand invites; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand invites; and __fish_seen_subcommand_from revoke" -s V -l version -d 'Print version'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand invites; and __fish_seen_subcommand_from help" -f -a "create" -d 'Make a sign-up link with which new people create their own account and passkey'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand invites; and __fish_seen_subcommand_from help" -f -a "list" -d 'List sign-up links, newest first, with the sign-ups they have left'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand invites; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Revoke a sign-up link: it stops working at once; accounts made with it stay'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand invites; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand passkeys; and not __fish_seen_subcommand_from list delete help" -l server -d 'Base URL of the Pocket ID server, e.g. `https://id.example.com`' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand passkeys; and not __fish_seen_subcommand_from list delete help" -l token -d 'API key to authenticate with. Prefer POCKETCTL_TOKEN or `pocketctl login`: other local users can read command-line flags in the process list' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand passkeys; and not __fish_seen_subcommand_from list delete help" -l profile -d 'Profile of the configuration file to use (or, for `login`, to save) [default: default]' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand passkeys; and not __fish_seen_subcommand_from list delete help" -l socket -d 'Admin socket of a local daemon to use instead of a server URL [default: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock]' -r -F
complete -c pocketctl -n "__fish_pocketctl_using_subcommand passkeys; and not __fish_seen_subcommand_from list delete help" -s o -l output -d 'How to print results: tables for people, or the API\'s JSON for scripts' -r -f -a "table\t'Aligned tables and short sentences'
json\t'The server\'s JSON response, pretty-printed; nothing for operations without a body'"
complete -c pocketctl -n "__fish_pocketctl_using_subcommand passkeys; and not __fish_seen_subcommand_from list delete help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand passkeys; and not __fish_seen_subcommand_from list delete help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand passkeys; and not __fish_seen_subcommand_from list delete help" -s V -l version -d 'Print version'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand passkeys; and not __fish_seen_subcommand_from list delete help" -f -a "list" -d 'List a user\'s passkeys, oldest first'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand passkeys; and not __fish_seen_subcommand_from list delete help" -f -a "delete" -d 'Delete a user\'s passkey: it stops working at once'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand passkeys; and not __fish_seen_subcommand_from list delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand passkeys; and __fish_seen_subcommand_from list" -l server -d 'Base URL of the Pocket ID server, e.g. `https://id.example.com`' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand passkeys; and __fish_seen_subcommand_from list" -l token -d 'API key to authenticate with. Prefer POCKETCTL_TOKEN or `pocketctl login`: other local users can read command-line flags in the process list' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand passkeys; and __fish_seen_subcommand_from list" -l profile -d 'Profile of the configuration file to use (or, for `login`, to save) [default: default]' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand passkeys; and __fish_seen_subcommand_from list" -l socket -d 'Admin socket of a local daemon to use instead of a server URL [default: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock]' -r -F
complete -c pocketctl -n "__fish_pocketctl_using_subcommand passkeys; and __fish_seen_subcommand_from list" -s o -l output -d 'How to print results: tables for people, or the API\'s JSON for scripts' -r -f -a "table\t'Aligned tables and short sentences'
json\t'The server\'s JSON response, pretty-printed; nothing for operations without a body'"
complete -c pocketctl -n "__fish_pocketctl_using_subcommand passkeys; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand passkeys; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand passkeys; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand passkeys; and __fish_seen_subcommand_from delete" -l server -d 'Base URL of the Pocket ID server, e.g. `https://id.example.com`' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand passkeys; and __fish_seen_subcommand_from delete" -l token -d 'API key to authenticate with. Prefer POCKETCTL_TOKEN or `pocketctl login`: other local users can read command-line flags in the process list' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand passkeys; and __fish_seen_subcommand_from delete" -l profile -d 'Profile of the configuration file to use (or, for `login`, to save) [default: default]' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand passkeys; and __fish_seen_subcommand_from delete" -l socket -d 'Admin socket of a local daemon to use instead of a server URL [default: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock]' -r -F
complete -c pocketctl -n "__fish_pocketctl_using_subcommand passkeys; and __fish_seen_subcommand_from delete" -s o -l output -d 'How to print results: tables for people, or the API\'s JSON for scripts' -r -f -a "table\t'Aligned tables and short sentences'
json\t'The server\'s JSON response, pretty-printed; nothing for operations without a body'"
complete -c pocketctl -n "__fish_pocketctl_using_subcommand passkeys; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand passkeys; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand passkeys; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand passkeys; and __fish_seen_subcommand_from help" -f -a "list" -d 'List a user\'s passkeys, oldest first'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand passkeys; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a user\'s passkey: it stops working at once'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand passkeys; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand sessions; and not __fish_seen_subcommand_from list revoke help" -l server -d 'Base URL of the Pocket ID server, e.g. `https://id.example.com`' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand sessions; and not __fish_seen_subcommand_from list revoke help" -l token -d 'API key to authenticate with. Prefer POCKETCTL_TOKEN or `pocketctl login`: other local users can read command-line flags in the process list' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand sessions; and not __fish_seen_subcommand_from list revoke help" -l profile -d 'Profile of the configuration file to use (or, for `login`, to save) [default: default]' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand sessions; and not __fish_seen_subcommand_from list revoke help" -l socket -d 'Admin socket of a local daemon to use instead of a server URL [default: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock]' -r -F
complete -c pocketctl -n "__fish_pocketctl_using_subcommand sessions; and not __fish_seen_subcommand_from list revoke help" -s o -l output -d 'How to print results: tables for people, or the API\'s JSON for scripts' -r -f -a "table\t'Aligned tables and short sentences'
json\t'The server\'s JSON response, pretty-printed; nothing for operations without a body'"
complete -c pocketctl -n "__fish_pocketctl_using_subcommand sessions; and not __fish_seen_subcommand_from list revoke help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand sessions; and not __fish_seen_subcommand_from list revoke help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand sessions; and not __fish_seen_subcommand_from list revoke help" -s V -l version -d 'Print version'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand sessions; and not __fish_seen_subcommand_from list revoke help" -f -a "list" -d 'List a user\'s sign-in sessions, newest first'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand sessions; and not __fish_seen_subcommand_from list revoke help" -f -a "revoke" -d 'Sign a user out: end one session, or all of them with --all'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand sessions; and not __fish_seen_subcommand_from list revoke help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand sessions; and __fish_seen_subcommand_from list" -l server -d 'Base URL of the Pocket ID server, e.g. `https://id.example.com`' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand sessions; and __fish_seen_subcommand_from list" -l token -d 'API key to authenticate with. Prefer POCKETCTL_TOKEN or `pocketctl login`: other local users can read command-line flags in the process list' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand sessions; and __fish_seen_subcommand_from list" -l profile -d 'Profile of the configuration file to use (or, for `login`, to save) [default: default]' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand sessions; and __fish_seen_subcommand_from list" -l socket -d 'Admin socket of a local daemon to use instead of a server URL [default: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock]' -r -F
complete -c pocketctl -n "__fish_pocketctl_using_subcommand sessions; and __fish_seen_subcommand_from list" -s o -l output -d 'How to print results: tables for people, or the API\'s JSON for scripts' -r -f -a "table\t'Aligned tables and short sentences'
json\t'The server\'s JSON response, pretty-printed; nothing for operations without a body'"
complete -c pocketctl -n "__fish_pocketctl_using_subcommand sessions; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand sessions; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand sessions; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand sessions; and __fish_seen_subcommand_from revoke" -l server -d 'Base URL of the Pocket ID server, e.g. `https://id.example.com`' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand sessions; and __fish_seen_subcommand_from revoke" -l token -d 'API key to authenticate with. Prefer POCKETCTL_TOKEN or `pocketctl login`: other local users can read command-line flags in the process list' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand sessions; and __fish_seen_subcommand_from revoke" -l profile -d 'Profile of the configuration file to use (or, for `login`, to save) [default: default]' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand sessions; and __fish_seen_subcommand_from revoke" -l socket -d 'Admin socket of a local daemon to use instead of a server URL [default: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock]' -r -F
complete -c pocketctl -n "__fish_pocketctl_using_subcommand sessions; and __fish_seen_subcommand_from revoke" -s o -l output -d 'How to print results: tables for people, or the API\'s JSON for scripts' -r -f -a "table\t'Aligned tables and short sentences'
json\t'The server\'s JSON response, pretty-printed; nothing for operations without a body'"
complete -c pocketctl -n "__fish_pocketctl_using_subcommand sessions; and __fish_seen_subcommand_from revoke" -l all -d 'End every session of the user'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand sessions; and __fish_seen_subcommand_from revoke" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand sessions; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand sessions; and __fish_seen_subcommand_from revoke" -s V -l version -d 'Print version'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand sessions; and __fish_seen_subcommand_from help" -f -a "list" -d 'List a user\'s sign-in sessions, newest first'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand sessions; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Sign a user out: end one session, or all of them with --all'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand sessions; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and not __fish_seen_subcommand_from list show create rename delete add-member remove-member help" -l server -d 'Base URL of the Pocket ID server, e.g. `https://id.example.com`' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and not __fish_seen_subcommand_from list show create rename delete add-member remove-member help" -l token -d 'API key to authenticate with. Prefer POCKETCTL_TOKEN or `pocketctl login`: other local users can read command-line flags in the process list' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and not __fish_seen_subcommand_from list show create rename delete add-member remove-member help" -l profile -d 'Profile of the configuration file to use (or, for `login`, to save) [default: default]' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and not __fish_seen_subcommand_from list show create rename delete add-member remove-member help" -l socket -d 'Admin socket of a local daemon to use instead of a server URL [default: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock]' -r -F
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and not __fish_seen_subcommand_from list show create rename delete add-member remove-member help" -s o -l output -d 'How to print results: tables for people, or the API\'s JSON for scripts' -r -f -a "table\t'Aligned tables and short sentences'
json\t'The server\'s JSON response, pretty-printed; nothing for operations without a body'"
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and not __fish_seen_subcommand_from list show create rename delete add-member remove-member help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and not __fish_seen_subcommand_from list show create rename delete add-member remove-member help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and not __fish_seen_subcommand_from list show create rename delete add-member remove-member help" -s V -l version -d 'Print version'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and not __fish_seen_subcommand_from list show create rename delete add-member remove-member help" -f -a "list" -d 'List groups, ordered by name'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and not __fish_seen_subcommand_from list show create rename delete add-member remove-member help" -f -a "show" -d 'Show a group with its members'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and not __fish_seen_subcommand_from list show create rename delete add-member remove-member help" -f -a "create" -d 'Create a group'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and not __fish_seen_subcommand_from list show create rename delete add-member remove-member help" -f -a "rename" -d 'Rename a group (apps see the new name in the `groups` claim)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and not __fish_seen_subcommand_from list show create rename delete add-member remove-member help" -f -a "delete" -d 'Delete a group; its members stay, without it'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and not __fish_seen_subcommand_from list show create rename delete add-member remove-member help" -f -a "add-member" -d 'Add users to a group'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and not __fish_seen_subcommand_from list show create rename delete add-member remove-member help" -f -a "remove-member" -d 'Remove users from a group'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and not __fish_seen_subcommand_from list show create rename delete add-member remove-member help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l search -d 'Only groups whose name or display name contains this text' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l server -d 'Base URL of the Pocket ID server, e.g. `https://id.example.com`' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l token -d 'API key to authenticate with. Prefer POCKETCTL_TOKEN or `pocketctl login`: other local users can read command-line flags in the process list' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l profile -d 'Profile of the configuration file to use (or, for `login`, to save) [default: default]' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l socket -d 'Admin socket of a local daemon to use instead of a server URL [default: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock]' -r -F
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and __fish_seen_subcommand_from list" -s o -l output -d 'How to print results: tables for people, or the API\'s JSON for scripts' -r -f -a "table\t'Aligned tables and short sentences'
json\t'The server\'s JSON response, pretty-printed; nothing for operations without a body'"
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and __fish_seen_subcommand_from show" -l server -d 'Base URL of the Pocket ID server, e.g. `https://id.example.com`' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and __fish_seen_subcommand_from show" -l token -d 'API key to authenticate with. Prefer POCKETCTL_TOKEN or `pocketctl login`: other local users can read command-line flags in the process list' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and __fish_seen_subcommand_from show" -l profile -d 'Profile of the configuration file to use (or, for `login`, to save) [default: default]' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and __fish_seen_subcommand_from show" -l socket -d 'Admin socket of a local daemon to use instead of a server URL [default: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock]' -r -F
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and __fish_seen_subcommand_from show" -s o -l output -d 'How to print results: tables for people, or the API\'s JSON for scripts' -r -f -a "table\t'Aligned tables and short sentences'
json\t'The server\'s JSON response, pretty-printed; nothing for operations without a body'"
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and __fish_seen_subcommand_from create" -l display-name -d 'Name shown to people [default: the name]' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and __fish_seen_subcommand_from create" -l server -d 'Base URL of the Pocket ID server, e.g. `https://id.example.com`' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and __fish_seen_subcommand_from create" -l token -d 'API key to authenticate with. Prefer POCKETCTL_TOKEN or `pocketctl login`: other local users can read command-line flags in the process list' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and __fish_seen_subcommand_from create" -l profile -d 'Profile of the configuration file to use (or, for `login`, to save) [default: default]' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and __fish_seen_subcommand_from create" -l socket -d 'Admin socket of a local daemon to use instead of a server URL [default: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock]' -r -F
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and __fish_seen_subcommand_from create" -s o -l output -d 'How to print results: tables for people, or the API\'s JSON for scripts' -r -f -a "table\t'Aligned tables and short sentences'
json\t'The server\'s JSON response, pretty-printed; nothing for operations without a body'"
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and __fish_seen_subcommand_from rename" -l display-name -d 'New display name too ("" uses the name)' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and __fish_seen_subcommand_from rename" -l server -d 'Base URL of the Pocket ID server, e.g. `https://id.example.com`' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and __fish_seen_subcommand_from rename" -l token -d 'API key to authenticate with. Prefer POCKETCTL_TOKEN or `pocketctl login`: other local users can read command-line flags in the process list' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and __fish_seen_subcommand_from rename" -l profile -d 'Profile of the configuration file to use (or, for `login`, to save) [default: default]' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and __fish_seen_subcommand_from rename" -l socket -d 'Admin socket of a local daemon to use instead of a server URL [default: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock]' -r -F
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and __fish_seen_subcommand_from rename" -s o -l output -d 'How to print results: tables for people, or the API\'s JSON for scripts' -r -f -a "table\t'Aligned tables and short sentences'
json\t'The server\'s JSON response, pretty-printed; nothing for operations without a body'"
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and __fish_seen_subcommand_from rename" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and __fish_seen_subcommand_from rename" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and __fish_seen_subcommand_from rename" -s V -l version -d 'Print version'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -l server -d 'Base URL of the Pocket ID server, e.g. `https://id.example.com`' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -l token -d 'API key to authenticate with. Prefer POCKETCTL_TOKEN or `pocketctl login`: other local users can read command-line flags in the process list' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -l profile -d 'Profile of the configuration file to use (or, for `login`, to save) [default: default]' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -l socket -d 'Admin socket of a local daemon to use instead of a server URL [default: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock]' -r -F
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -s o -l output -d 'How to print results: tables for people, or the API\'s JSON for scripts' -r -f -a "table\t'Aligned tables and short sentences'
json\t'The server\'s JSON response, pretty-printed; nothing for operations without a body'"
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and __fish_seen_subcommand_from add-member" -l server -d 'Base URL of the Pocket ID server, e.g. `https://id.example.com`' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and __fish_seen_subcommand_from add-member" -l token -d 'API key to authenticate with. Prefer POCKETCTL_TOKEN or `pocketctl login`: other local users can read command-line flags in the process list' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and __fish_seen_subcommand_from add-member" -l profile -d 'Profile of the configuration file to use (or, for `login`, to save) [default: default]' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and __fish_seen_subcommand_from add-member" -l socket -d 'Admin socket of a local daemon to use instead of a server URL [default: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock]' -r -F
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and __fish_seen_subcommand_from add-member" -s o -l output -d 'How to print results: tables for people, or the API\'s JSON for scripts' -r -f -a "table\t'Aligned tables and short sentences'
json\t'The server\'s JSON response, pretty-printed; nothing for operations without a body'"
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and __fish_seen_subcommand_from add-member" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and __fish_seen_subcommand_from add-member" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and __fish_seen_subcommand_from add-member" -s V -l version -d 'Print version'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and __fish_seen_subcommand_from remove-member" -l server -d 'Base URL of the Pocket ID server, e.g. `https://id.example.com`' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and __fish_seen_subcommand_from remove-member" -l token -d 'API key to authenticate with. Prefer POCKETCTL_TOKEN or `pocketctl login`: other local users can read command-line flags in the process list' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and __fish_seen_subcommand_from remove-member" -l profile -d 'Profile of the configuration file to use (or, for `login`, to save) [default: default]' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and __fish_seen_subcommand_from remove-member" -l socket -d 'Admin socket of a local daemon to use instead of a server URL [default: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock]' -r -F
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and __fish_seen_subcommand_from remove-member" -s o -l output -d 'How to print results: tables for people, or the API\'s JSON for scripts' -r -f -a "table\t'Aligned tables and short sentences'
json\t'The server\'s JSON response, pretty-printed; nothing for operations without a body'"
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and __fish_seen_subcommand_from remove-member" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and __fish_seen_subcommand_from remove-member" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and __fish_seen_subcommand_from remove-member" -s V -l version -d 'Print version'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and __fish_seen_subcommand_from help" -f -a "list" -d 'List groups, ordered by name'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a group with its members'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a group'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and __fish_seen_subcommand_from help" -f -a "rename" -d 'Rename a group (apps see the new name in the `groups` claim)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a group; its members stay, without it'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and __fish_seen_subcommand_from help" -f -a "add-member" -d 'Add users to a group'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and __fish_seen_subcommand_from help" -f -a "remove-member" -d 'Remove users from a group'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand groups; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand claims; and not __fish_seen_subcommand_from list set unset help" -l server -d 'Base URL of the Pocket ID server, e.g. `https://id.example.com`' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand claims; and not __fish_seen_subcommand_from list set unset help" -l token -d 'API key to authenticate with. Prefer POCKETCTL_TOKEN or `pocketctl login`: other local users can read command-line flags in the process list' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand claims; and not __fish_seen_subcommand_from list set unset help" -l profile -d 'Profile of the configuration file to use (or, for `login`, to save) [default: default]' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand claims; and not __fish_seen_subcommand_from list set unset help" -l socket -d 'Admin socket of a local daemon to use instead of a server URL [default: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock]' -r -F
complete -c pocketctl -n "__fish_pocketctl_using_subcommand claims; and not __fish_seen_subcommand_from list set unset help" -s o -l output -d 'How to print results: tables for people, or the API\'s JSON for scripts' -r -f -a "table\t'Aligned tables and short sentences'
json\t'The server\'s JSON response, pretty-printed; nothing for operations without a body'"
complete -c pocketctl -n "__fish_pocketctl_using_subcommand claims; and not __fish_seen_subcommand_from list set unset help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand claims; and not __fish_seen_subcommand_from list set unset help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand claims; and not __fish_seen_subcommand_from list set unset help" -s V -l version -d 'Print version'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand claims; and not __fish_seen_subcommand_from list set unset help" -f -a "list" -d 'List the custom claims of a user or a group'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand claims; and not __fish_seen_subcommand_from list set unset help" -f -a "set" -d 'Set a custom claim of a user or a group'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand claims; and not __fish_seen_subcommand_from list set unset help" -f -a "unset" -d 'Remove a custom claim from a user or a group'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand claims; and not __fish_seen_subcommand_from list set unset help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand claims; and __fish_seen_subcommand_from list" -l user -d 'The user\'s claims (username or id)' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand claims; and __fish_seen_subcommand_from list" -l group -d 'The group\'s claims (name or id); members get them in their tokens' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand claims; and __fish_seen_subcommand_from list" -l server -d 'Base URL of the Pocket ID server, e.g. `https://id.example.com`' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand claims; and __fish_seen_subcommand_from list" -l token -d 'API key to authenticate with. Prefer POCKETCTL_TOKEN or `pocketctl login`: other local users can read command-line flags in the process list' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand claims; and __fish_seen_subcommand_from list" -l profile -d 'Profile of the configuration file to use (or, for `login`, to save) [default: default]' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand claims; and __fish_seen_subcommand_from list" -l socket -d 'Admin socket of a local daemon to use instead of a server URL [default: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock]' -r -F
complete -c pocketctl -n "__fish_pocketctl_using_subcommand claims; and __fish_seen_subcommand_from list" -s o -l output -d 'How to print results: tables for people, or the API\'s JSON for scripts' -r -f -a "table\t'Aligned tables and short sentences'
json\t'The server\'s JSON response, pretty-printed; nothing for operations without a body'"
complete -c pocketctl -n "__fish_pocketctl_using_subcommand claims; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand claims; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand claims; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand claims; and __fish_seen_subcommand_from set" -l user -d 'The user\'s claims (username or id)' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand claims; and __fish_seen_subcommand_from set" -l group -d 'The group\'s claims (name or id); members get them in their tokens' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand claims; and __fish_seen_subcommand_from set" -l server -d 'Base URL of the Pocket ID server, e.g. `https://id.example.com`' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand claims; and __fish_seen_subcommand_from set" -l token -d 'API key to authenticate with. Prefer POCKETCTL_TOKEN or `pocketctl login`: other local users can read command-line flags in the process list' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand claims; and __fish_seen_subcommand_from set" -l profile -d 'Profile of the configuration file to use (or, for `login`, to save) [default: default]' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand claims; and __fish_seen_subcommand_from set" -l socket -d 'Admin socket of a local daemon to use instead of a server URL [default: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock]' -r -F
complete -c pocketctl -n "__fish_pocketctl_using_subcommand claims; and __fish_seen_subcommand_from set" -s o -l output -d 'How to print results: tables for people, or the API\'s JSON for scripts' -r -f -a "table\t'Aligned tables and short sentences'
json\t'The server\'s JSON response, pretty-printed; nothing for operations without a body'"
complete -c pocketctl -n "__fish_pocketctl_using_subcommand claims; and __fish_seen_subcommand_from set" -l string -d 'Take VALUE as a string even when it is valid JSON (e.g. "42")'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand claims; and __fish_seen_subcommand_from set" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand claims; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand claims; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand claims; and __fish_seen_subcommand_from unset" -l user -d 'The user\'s claims (username or id)' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand claims; and __fish_seen_subcommand_from unset" -l group -d 'The group\'s claims (name or id); members get them in their tokens' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand claims; and __fish_seen_subcommand_from unset" -l server -d 'Base URL of the Pocket ID server, e.g. `https://id.example.com`' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand claims; and __fish_seen_subcommand_from unset" -l token -d 'API key to authenticate with. Prefer POCKETCTL_TOKEN or `pocketctl login`: other local users can read command-line flags in the process list' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand claims; and __fish_seen_subcommand_from unset" -l profile -d 'Profile of the configuration file to use (or, for `login`, to save) [default: default]' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand claims; and __fish_seen_subcommand_from unset" -l socket -d 'Admin socket of a local daemon to use instead of a server URL [default: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock]' -r -F
complete -c pocketctl -n "__fish_pocketctl_using_subcommand claims; and __fish_seen_subcommand_from unset" -s o -l output -d 'How to print results: tables for people, or the API\'s JSON for scripts' -r -f -a "table\t'Aligned tables and short sentences'
json\t'The server\'s JSON response, pretty-printed; nothing for operations without a body'"
complete -c pocketctl -n "__fish_pocketctl_using_subcommand claims; and __fish_seen_subcommand_from unset" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand claims; and __fish_seen_subcommand_from unset" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand claims; and __fish_seen_subcommand_from unset" -s V -l version -d 'Print version'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand claims; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the custom claims of a user or a group'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand claims; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set a custom claim of a user or a group'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand claims; and __fish_seen_subcommand_from help" -f -a "unset" -d 'Remove a custom claim from a user or a group'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand claims; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and not __fish_seen_subcommand_from list show create presets update delete rotate-secret help" -l server -d 'Base URL of the Pocket ID server, e.g. `https://id.example.com`' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and not __fish_seen_subcommand_from list show create presets update delete rotate-secret help" -l token -d 'API key to authenticate with. Prefer POCKETCTL_TOKEN or `pocketctl login`: other local users can read command-line flags in the process list' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and not __fish_seen_subcommand_from list show create presets update delete rotate-secret help" -l profile -d 'Profile of the configuration file to use (or, for `login`, to save) [default: default]' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and not __fish_seen_subcommand_from list show create presets update delete rotate-secret help" -l socket -d 'Admin socket of a local daemon to use instead of a server URL [default: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock]' -r -F
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and not __fish_seen_subcommand_from list show create presets update delete rotate-secret help" -s o -l output -d 'How to print results: tables for people, or the API\'s JSON for scripts' -r -f -a "table\t'Aligned tables and short sentences'
json\t'The server\'s JSON response, pretty-printed; nothing for operations without a body'"
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and not __fish_seen_subcommand_from list show create presets update delete rotate-secret help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and not __fish_seen_subcommand_from list show create presets update delete rotate-secret help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and not __fish_seen_subcommand_from list show create presets update delete rotate-secret help" -s V -l version -d 'Print version'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and not __fish_seen_subcommand_from list show create presets update delete rotate-secret help" -f -a "list" -d 'List clients, ordered by name'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and not __fish_seen_subcommand_from list show create presets update delete rotate-secret help" -f -a "show" -d 'Show a client with its redirect URIs, allowed groups and secrets (by prefix only)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and not __fish_seen_subcommand_from list show create presets update delete rotate-secret help" -f -a "create" -d 'Register a client and print its id and, for a confidential client, its secret (shown only this once)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and not __fish_seen_subcommand_from list show create presets update delete rotate-secret help" -f -a "presets" -d 'List the apps `clients create --preset` knows, the redirect URIs each derives from --url, and what else each needs'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and not __fish_seen_subcommand_from list show create presets update delete rotate-secret help" -f -a "update" -d 'Change a client\'s settings; lists given replace the old ones'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and not __fish_seen_subcommand_from list show create presets update delete rotate-secret help" -f -a "delete" -d 'Delete a client: the app can no longer sign people in'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and not __fish_seen_subcommand_from list show create presets update delete rotate-secret help" -f -a "rotate-secret" -d 'Give a confidential client a new secret and print it (shown only this once)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and not __fish_seen_subcommand_from list show create presets update delete rotate-secret help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from list" -l server -d 'Base URL of the Pocket ID server, e.g. `https://id.example.com`' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from list" -l token -d 'API key to authenticate with. Prefer POCKETCTL_TOKEN or `pocketctl login`: other local users can read command-line flags in the process list' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from list" -l profile -d 'Profile of the configuration file to use (or, for `login`, to save) [default: default]' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from list" -l socket -d 'Admin socket of a local daemon to use instead of a server URL [default: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock]' -r -F
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from list" -s o -l output -d 'How to print results: tables for people, or the API\'s JSON for scripts' -r -f -a "table\t'Aligned tables and short sentences'
json\t'The server\'s JSON response, pretty-printed; nothing for operations without a body'"
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from show" -l server -d 'Base URL of the Pocket ID server, e.g. `https://id.example.com`' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from show" -l token -d 'API key to authenticate with. Prefer POCKETCTL_TOKEN or `pocketctl login`: other local users can read command-line flags in the process list' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from show" -l profile -d 'Profile of the configuration file to use (or, for `login`, to save) [default: default]' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from show" -l socket -d 'Admin socket of a local daemon to use instead of a server URL [default: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock]' -r -F
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from show" -s o -l output -d 'How to print results: tables for people, or the API\'s JSON for scripts' -r -f -a "table\t'Aligned tables and short sentences'
json\t'The server\'s JSON response, pretty-printed; nothing for operations without a body'"
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from create" -l name -d 'The name as a flag instead of NAME' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from create" -l preset -d 'Set the client up for a common app, and print the settings to paste into it' -r -f -a "grafana\t'Grafana'
nextcloud\t'Nextcloud'
immich\t'Immich'
jellyfin\t'Jellyfin'
proxmox\t'Proxmox VE'
forgejo\t'Forgejo'
home-assistant\t'Home Assistant'
oauth2-proxy\t'oauth2-proxy'"
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from create" -l url -d 'The app\'s base URL as people open it, such as https://grafana.example.com; the redirect URIs and the launch URL are made from it' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from create" -l provider-name -d 'The name the app gives this provider where it needs one: Jellyfin\'s provider name and Forgejo\'s authentication source (both part of the redirect URI), Nextcloud\'s provider identifier, the Proxmox realm [default: pocket-id]' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from create" -l client-id -d 'The client id the app sends: 3–128 letters, digits or `. _ ~ -` [default: a random UUID]' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from create" -l redirect-uri -d 'Where people may be sent back after signing in; repeat for several (at most 20). https, http on localhost/127.0.0.1/[::1] (any port), or an app scheme with a dot' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from create" -l post-logout-uri -d 'Where people may be sent after logging out; repeat for several' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from create" -l group -d 'A group (name or id) whose members may use the client; repeat for several [default: everyone]' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from create" -l access-token-lifetime -d 'Lifetime of access tokens, from 60s to 1d [default: 1h]' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from create" -l refresh-token-lifetime -d 'Lifetime of refresh tokens, from 1m to 365d [default: 30d]' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from create" -l alg -d 'How ID tokens are signed [default: ES256]' -r -f -a "ES256\t'ECDSA on P-256 (the default)'
RS256\t'RSA with SHA-256, for apps that accept nothing else'"
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from create" -l logo-url -d 'A logo shown to people (an http or https URL)' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from create" -l launch-url -d 'The app\'s start page (an http or https URL)' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from create" -l server -d 'Base URL of the Pocket ID server, e.g. `https://id.example.com`' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from create" -l token -d 'API key to authenticate with. Prefer POCKETCTL_TOKEN or `pocketctl login`: other local users can read command-line flags in the process list' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from create" -l profile -d 'Profile of the configuration file to use (or, for `login`, to save) [default: default]' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from create" -l socket -d 'Admin socket of a local daemon to use instead of a server URL [default: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock]' -r -F
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from create" -s o -l output -d 'How to print results: tables for people, or the API\'s JSON for scripts' -r -f -a "table\t'Aligned tables and short sentences'
json\t'The server\'s JSON response, pretty-printed; nothing for operations without a body'"
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from create" -l confidential -d 'A confidential client even where the preset makes a public one'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from create" -l public -d 'A public client (a single-page or native app): no secret, PKCE always required'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from create" -l skip-consent -d 'Do not ask people to consent (for apps you run yourself)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from create" -l no-pkce -d 'Do not require PKCE (confidential clients only; for apps that cannot do PKCE)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from create" -l allow-plain-pkce -d 'Accept the `plain` PKCE method as well as S256 (for old apps that cannot hash)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from presets" -l server -d 'Base URL of the Pocket ID server, e.g. `https://id.example.com`' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from presets" -l token -d 'API key to authenticate with. Prefer POCKETCTL_TOKEN or `pocketctl login`: other local users can read command-line flags in the process list' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from presets" -l profile -d 'Profile of the configuration file to use (or, for `login`, to save) [default: default]' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from presets" -l socket -d 'Admin socket of a local daemon to use instead of a server URL [default: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock]' -r -F
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from presets" -s o -l output -d 'How to print results: tables for people, or the API\'s JSON for scripts' -r -f -a "table\t'Aligned tables and short sentences'
json\t'The server\'s JSON response, pretty-printed; nothing for operations without a body'"
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from presets" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from presets" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from presets" -s V -l version -d 'Print version'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from update" -l name -d 'New name shown to people' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from update" -l redirect-uri -d 'Redirect URIs replacing the old ones; repeat for several' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from update" -l post-logout-uri -d 'Post-logout redirect URIs replacing the old ones; repeat for several' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from update" -l group -d 'Groups (names or ids) allowed to use the client, replacing the old ones; repeat for several' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from update" -l skip-consent -d 'Skip (true) or ask for (false) consent' -r -f -a "true\t''
false\t''"
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from update" -l require-pkce -d 'Require PKCE (true) or not (false; confidential clients only)' -r -f -a "true\t''
false\t''"
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from update" -l allow-plain-pkce -d 'Accept (true) or refuse (false) the `plain` PKCE method' -r -f -a "true\t''
false\t''"
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from update" -l access-token-lifetime -d 'Lifetime of access tokens, from 60s to 1d' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from update" -l refresh-token-lifetime -d 'Lifetime of refresh tokens, from 1m to 365d' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from update" -l alg -d 'How ID tokens are signed' -r -f -a "ES256\t'ECDSA on P-256 (the default)'
RS256\t'RSA with SHA-256, for apps that accept nothing else'"
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from update" -l logo-url -d 'New logo URL ("" removes it)' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from update" -l launch-url -d 'New start page URL ("" removes it)' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from update" -l server -d 'Base URL of the Pocket ID server, e.g. `https://id.example.com`' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from update" -l token -d 'API key to authenticate with. Prefer POCKETCTL_TOKEN or `pocketctl login`: other local users can read command-line flags in the process list' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from update" -l profile -d 'Profile of the configuration file to use (or, for `login`, to save) [default: default]' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from update" -l socket -d 'Admin socket of a local daemon to use instead of a server URL [default: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock]' -r -F
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from update" -s o -l output -d 'How to print results: tables for people, or the API\'s JSON for scripts' -r -f -a "table\t'Aligned tables and short sentences'
json\t'The server\'s JSON response, pretty-printed; nothing for operations without a body'"
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from update" -l no-post-logout-uris -d 'Remove every post-logout redirect URI'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from update" -l all-groups -d 'Let everyone use the client again (remove the allowed groups)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from update" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from delete" -l server -d 'Base URL of the Pocket ID server, e.g. `https://id.example.com`' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from delete" -l token -d 'API key to authenticate with. Prefer POCKETCTL_TOKEN or `pocketctl login`: other local users can read command-line flags in the process list' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from delete" -l profile -d 'Profile of the configuration file to use (or, for `login`, to save) [default: default]' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from delete" -l socket -d 'Admin socket of a local daemon to use instead of a server URL [default: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock]' -r -F
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from delete" -s o -l output -d 'How to print results: tables for people, or the API\'s JSON for scripts' -r -f -a "table\t'Aligned tables and short sentences'
json\t'The server\'s JSON response, pretty-printed; nothing for operations without a body'"
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from rotate-secret" -l keep-old -d 'How long the older secrets keep working, such as 1h or 7d, or 0 to end them at once; at most 30 days [default: 24h]' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from rotate-secret" -l server -d 'Base URL of the Pocket ID server, e.g. `https://id.example.com`' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from rotate-secret" -l token -d 'API key to authenticate with. Prefer POCKETCTL_TOKEN or `pocketctl login`: other local users can read command-line flags in the process list' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from rotate-secret" -l profile -d 'Profile of the configuration file to use (or, for `login`, to save) [default: default]' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from rotate-secret" -l socket -d 'Admin socket of a local daemon to use instead of a server URL [default: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock]' -r -F
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from rotate-secret" -s o -l output -d 'How to print results: tables for people, or the API\'s JSON for scripts' -r -f -a "table\t'Aligned tables and short sentences'
json\t'The server\'s JSON response, pretty-printed; nothing for operations without a body'"
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from rotate-secret" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from rotate-secret" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from rotate-secret" -s V -l version -d 'Print version'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from help" -f -a "list" -d 'List clients, ordered by name'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a client with its redirect URIs, allowed groups and secrets (by prefix only)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from help" -f -a "create" -d 'Register a client and print its id and, for a confidential client, its secret (shown only this once)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from help" -f -a "presets" -d 'List the apps `clients create --preset` knows, the redirect URIs each derives from --url, and what else each needs'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a client\'s settings; lists given replace the old ones'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a client: the app can no longer sign people in'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from help" -f -a "rotate-secret" -d 'Give a confidential client a new secret and print it (shown only this once)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand clients; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand api-keys; and not __fish_seen_subcommand_from list create revoke help" -l server -d 'Base URL of the Pocket ID server, e.g. `https://id.example.com`' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand api-keys; and not __fish_seen_subcommand_from list create revoke help" -l token -d 'API key to authenticate with. Prefer POCKETCTL_TOKEN or `pocketctl login`: other local users can read command-line flags in the process list' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand api-keys; and not __fish_seen_subcommand_from list create revoke help" -l profile -d 'Profile of the configuration file to use (or, for `login`, to save) [default: default]' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand api-keys; and not __fish_seen_subcommand_from list create revoke help" -l socket -d 'Admin socket of a local daemon to use instead of a server URL [default: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock]' -r -F
complete -c pocketctl -n "__fish_pocketctl_using_subcommand api-keys; and not __fish_seen_subcommand_from list create revoke help" -s o -l output -d 'How to print results: tables for people, or the API\'s JSON for scripts' -r -f -a "table\t'Aligned tables and short sentences'
json\t'The server\'s JSON response, pretty-printed; nothing for operations without a body'"
complete -c pocketctl -n "__fish_pocketctl_using_subcommand api-keys; and not __fish_seen_subcommand_from list create revoke help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand api-keys; and not __fish_seen_subcommand_from list create revoke help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand api-keys; and not __fish_seen_subcommand_from list create revoke help" -s V -l version -d 'Print version'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand api-keys; and not __fish_seen_subcommand_from list create revoke help" -f -a "list" -d 'List API keys, newest first'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand api-keys; and not __fish_seen_subcommand_from list create revoke help" -f -a "create" -d 'Create an API key and print its secret (shown only this once)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand api-keys; and not __fish_seen_subcommand_from list create revoke help" -f -a "revoke" -d 'Revoke an API key: programs using it stop working at once'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand api-keys; and not __fish_seen_subcommand_from list create revoke help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand api-keys; and __fish_seen_subcommand_from list" -l server -d 'Base URL of the Pocket ID server, e.g. `https://id.example.com`' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand api-keys; and __fish_seen_subcommand_from list" -l token -d 'API key to authenticate with. Prefer POCKETCTL_TOKEN or `pocketctl login`: other local users can read command-line flags in the process list' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand api-keys; and __fish_seen_subcommand_from list" -l profile -d 'Profile of the configuration file to use (or, for `login`, to save) [default: default]' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand api-keys; and __fish_seen_subcommand_from list" -l socket -d 'Admin socket of a local daemon to use instead of a server URL [default: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock]' -r -F
complete -c pocketctl -n "__fish_pocketctl_using_subcommand api-keys; and __fish_seen_subcommand_from list" -s o -l output -d 'How to print results: tables for people, or the API\'s JSON for scripts' -r -f -a "table\t'Aligned tables and short sentences'
json\t'The server\'s JSON response, pretty-printed; nothing for operations without a body'"
complete -c pocketctl -n "__fish_pocketctl_using_subcommand api-keys; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand api-keys; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand api-keys; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand api-keys; and __fish_seen_subcommand_from create" -l name -d 'What the key is for; unique among keys that are not revoked' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand api-keys; and __fish_seen_subcommand_from create" -l expires -d 'Lifetime, such as 30m, 24h, 90d or 1w2d [default: never expires]' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand api-keys; and __fish_seen_subcommand_from create" -l server -d 'Base URL of the Pocket ID server, e.g. `https://id.example.com`' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand api-keys; and __fish_seen_subcommand_from create" -l token -d 'API key to authenticate with. Prefer POCKETCTL_TOKEN or `pocketctl login`: other local users can read command-line flags in the process list' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand api-keys; and __fish_seen_subcommand_from create" -l profile -d 'Profile of the configuration file to use (or, for `login`, to save) [default: default]' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand api-keys; and __fish_seen_subcommand_from create" -l socket -d 'Admin socket of a local daemon to use instead of a server URL [default: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock]' -r -F
complete -c pocketctl -n "__fish_pocketctl_using_subcommand api-keys; and __fish_seen_subcommand_from create" -s o -l output -d 'How to print results: tables for people, or the API\'s JSON for scripts' -r -f -a "table\t'Aligned tables and short sentences'
json\t'The server\'s JSON response, pretty-printed; nothing for operations without a body'"
complete -c pocketctl -n "__fish_pocketctl_using_subcommand api-keys; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand api-keys; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand api-keys; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand api-keys; and __fish_seen_subcommand_from revoke" -l server -d 'Base URL of the Pocket ID server, e.g. `https://id.example.com`' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand api-keys; and __fish_seen_subcommand_from revoke" -l token -d 'API key to authenticate with. Prefer POCKETCTL_TOKEN or `pocketctl login`: other local users can read command-line flags in the process list' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand api-keys; and __fish_seen_subcommand_from revoke" -l profile -d 'Profile of the configuration file to use (or, for `login`, to save) [default: default]' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand api-keys; and __fish_seen_subcommand_from revoke" -l socket -d 'Admin socket of a local daemon to use instead of a server URL [default: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock]' -r -F
complete -c pocketctl -n "__fish_pocketctl_using_subcommand api-keys; and __fish_seen_subcommand_from revoke" -s o -l output -d 'How to print results: tables for people, or the API\'s JSON for scripts' -r -f -a "table\t'Aligned tables and short sentences'
json\t'The server\'s JSON response, pretty-printed; nothing for operations without a body'"
complete -c pocketctl -n "__fish_pocketctl_using_subcommand api-keys; and __fish_seen_subcommand_from revoke" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand api-keys; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand api-keys; and __fish_seen_subcommand_from revoke" -s V -l version -d 'Print version'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand api-keys; and __fish_seen_subcommand_from help" -f -a "list" -d 'List API keys, newest first'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand api-keys; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create an API key and print its secret (shown only this once)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand api-keys; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Revoke an API key: programs using it stop working at once'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand api-keys; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand keys; and not __fish_seen_subcommand_from list rotate help" -l server -d 'Base URL of the Pocket ID server, e.g. `https://id.example.com`' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand keys; and not __fish_seen_subcommand_from list rotate help" -l token -d 'API key to authenticate with. Prefer POCKETCTL_TOKEN or `pocketctl login`: other local users can read command-line flags in the process list' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand keys; and not __fish_seen_subcommand_from list rotate help" -l profile -d 'Profile of the configuration file to use (or, for `login`, to save) [default: default]' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand keys; and not __fish_seen_subcommand_from list rotate help" -l socket -d 'Admin socket of a local daemon to use instead of a server URL [default: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock]' -r -F
complete -c pocketctl -n "__fish_pocketctl_using_subcommand keys; and not __fish_seen_subcommand_from list rotate help" -s o -l output -d 'How to print results: tables for people, or the API\'s JSON for scripts' -r -f -a "table\t'Aligned tables and short sentences'
json\t'The server\'s JSON response, pretty-printed; nothing for operations without a body'"
complete -c pocketctl -n "__fish_pocketctl_using_subcommand keys; and not __fish_seen_subcommand_from list rotate help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand keys; and not __fish_seen_subcommand_from list rotate help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand keys; and not __fish_seen_subcommand_from list rotate help" -s V -l version -d 'Print version'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand keys; and not __fish_seen_subcommand_from list rotate help" -f -a "list" -d 'List the signing keys: by algorithm the active key, the next key (already published), and retired keys with when they leave the JWKS'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand keys; and not __fish_seen_subcommand_from list rotate help" -f -a "rotate" -d 'Rotate: the next key starts signing, the active one retires (tokens it signed stay valid until they expire) and a fresh next key is published. Asks first'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand keys; and not __fish_seen_subcommand_from list rotate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand keys; and __fish_seen_subcommand_from list" -l server -d 'Base URL of the Pocket ID server, e.g. `https://id.example.com`' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand keys; and __fish_seen_subcommand_from list" -l token -d 'API key to authenticate with. Prefer POCKETCTL_TOKEN or `pocketctl login`: other local users can read command-line flags in the process list' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand keys; and __fish_seen_subcommand_from list" -l profile -d 'Profile of the configuration file to use (or, for `login`, to save) [default: default]' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand keys; and __fish_seen_subcommand_from list" -l socket -d 'Admin socket of a local daemon to use instead of a server URL [default: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock]' -r -F
complete -c pocketctl -n "__fish_pocketctl_using_subcommand keys; and __fish_seen_subcommand_from list" -s o -l output -d 'How to print results: tables for people, or the API\'s JSON for scripts' -r -f -a "table\t'Aligned tables and short sentences'
json\t'The server\'s JSON response, pretty-printed; nothing for operations without a body'"
complete -c pocketctl -n "__fish_pocketctl_using_subcommand keys; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand keys; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand keys; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand keys; and __fish_seen_subcommand_from rotate" -l alg -d 'Rotate only this algorithm\'s keys [default: every algorithm in use]' -r -f -a "ES256\t'ECDSA on P-256 (the default)'
RS256\t'RSA with SHA-256, for apps that accept nothing else'"
complete -c pocketctl -n "__fish_pocketctl_using_subcommand keys; and __fish_seen_subcommand_from rotate" -l server -d 'Base URL of the Pocket ID server, e.g. `https://id.example.com`' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand keys; and __fish_seen_subcommand_from rotate" -l token -d 'API key to authenticate with. Prefer POCKETCTL_TOKEN or `pocketctl login`: other local users can read command-line flags in the process list' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand keys; and __fish_seen_subcommand_from rotate" -l profile -d 'Profile of the configuration file to use (or, for `login`, to save) [default: default]' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand keys; and __fish_seen_subcommand_from rotate" -l socket -d 'Admin socket of a local daemon to use instead of a server URL [default: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock]' -r -F
complete -c pocketctl -n "__fish_pocketctl_using_subcommand keys; and __fish_seen_subcommand_from rotate" -s o -l output -d 'How to print results: tables for people, or the API\'s JSON for scripts' -r -f -a "table\t'Aligned tables and short sentences'
json\t'The server\'s JSON response, pretty-printed; nothing for operations without a body'"
complete -c pocketctl -n "__fish_pocketctl_using_subcommand keys; and __fish_seen_subcommand_from rotate" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand keys; and __fish_seen_subcommand_from rotate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand keys; and __fish_seen_subcommand_from rotate" -s V -l version -d 'Print version'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the signing keys: by algorithm the active key, the next key (already published), and retired keys with when they leave the JWKS'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "rotate" -d 'Rotate: the next key starts signing, the active one retires (tokens it signed stay valid until they expire) and a fresh next key is published. Asks first'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l server -d 'Base URL of the Pocket ID server, e.g. `https://id.example.com`' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l token -d 'API key to authenticate with. Prefer POCKETCTL_TOKEN or `pocketctl login`: other local users can read command-line flags in the process list' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l profile -d 'Profile of the configuration file to use (or, for `login`, to save) [default: default]' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l socket -d 'Admin socket of a local daemon to use instead of a server URL [default: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock]' -r -F
complete -c pocketctl -n "__fish_pocketctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -s o -l output -d 'How to print results: tables for people, or the API\'s JSON for scripts' -r -f -a "table\t'Aligned tables and short sentences'
json\t'The server\'s JSON response, pretty-printed; nothing for operations without a body'"
complete -c pocketctl -n "__fish_pocketctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -s V -l version -d 'Print version'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -f -a "list" -d 'List audit events, newest first'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l action -d 'Only this action, e.g. user.create or group.member_add' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l actor -d 'Only events by this actor (a key name, a username, or local-admin)' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l target -d 'Only events on this target (its name or id)' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l since -d 'Only events at or after this time (RFC 3339, e.g. 2026-01-31T00:00:00Z)' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l until -d 'Only events before this time (RFC 3339)' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l page -d 'Page to show, from 1' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l per-page -d 'Results per page (at most 500) [default: 50]' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l server -d 'Base URL of the Pocket ID server, e.g. `https://id.example.com`' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l token -d 'API key to authenticate with. Prefer POCKETCTL_TOKEN or `pocketctl login`: other local users can read command-line flags in the process list' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l profile -d 'Profile of the configuration file to use (or, for `login`, to save) [default: default]' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l socket -d 'Admin socket of a local daemon to use instead of a server URL [default: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock]' -r -F
complete -c pocketctl -n "__fish_pocketctl_using_subcommand audit; and __fish_seen_subcommand_from list" -s o -l output -d 'How to print results: tables for people, or the API\'s JSON for scripts' -r -f -a "table\t'Aligned tables and short sentences'
json\t'The server\'s JSON response, pretty-printed; nothing for operations without a body'"
complete -c pocketctl -n "__fish_pocketctl_using_subcommand audit; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand audit; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand audit; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "list" -d 'List audit events, newest first'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand login" -l server -d 'Base URL of the Pocket ID server, e.g. `https://id.example.com`' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand login" -l token -d 'API key to authenticate with. Prefer POCKETCTL_TOKEN or `pocketctl login`: other local users can read command-line flags in the process list' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand login" -l profile -d 'Profile of the configuration file to use (or, for `login`, to save) [default: default]' -r
complete -c pocketctl -n "__fish_pocketctl_using_subcommand login" -l socket -d 'Admin socket of a local daemon to use instead of a server URL [default: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock]' -r -F
complete -c pocketctl -n "__fish_pocketctl_using_subcommand login" -s o -l output -d 'How to print results: tables for people, or the API\'s JSON for scripts' -r -f -a "table\t'Aligned tables and short sentences'
json\t'The server\'s JSON response, pretty-printed; nothing for operations without a body'"
complete -c pocketctl -n "__fish_pocketctl_using_subcommand login" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand login" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand login" -s V -l version -d 'Print version'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand help; and not __fish_seen_subcommand_from users invites passkeys sessions groups claims clients api-keys keys audit login help" -f -a "users" -d 'Manage users'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand help; and not __fish_seen_subcommand_from users invites passkeys sessions groups claims clients api-keys keys audit login help" -f -a "invites" -d 'Manage sign-up links, with which new people create their own account and passkey'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand help; and not __fish_seen_subcommand_from users invites passkeys sessions groups claims clients api-keys keys audit login help" -f -a "passkeys" -d 'List and delete users\' passkeys'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand help; and not __fish_seen_subcommand_from users invites passkeys sessions groups claims clients api-keys keys audit login help" -f -a "sessions" -d 'List and revoke users\' sign-in sessions'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand help; and not __fish_seen_subcommand_from users invites passkeys sessions groups claims clients api-keys keys audit login help" -f -a "groups" -d 'Manage groups and their members'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand help; and not __fish_seen_subcommand_from users invites passkeys sessions groups claims clients api-keys keys audit login help" -f -a "claims" -d 'Manage custom claims of users and groups'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand help; and not __fish_seen_subcommand_from users invites passkeys sessions groups claims clients api-keys keys audit login help" -f -a "clients" -d 'Manage OpenID Connect clients: the apps people sign in to'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand help; and not __fish_seen_subcommand_from users invites passkeys sessions groups claims clients api-keys keys audit login help" -f -a "api-keys" -d 'Manage API keys'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand help; and not __fish_seen_subcommand_from users invites passkeys sessions groups claims clients api-keys keys audit login help" -f -a "keys" -d 'List and rotate the keys that sign ID and access tokens'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand help; and not __fish_seen_subcommand_from users invites passkeys sessions groups claims clients api-keys keys audit login help" -f -a "audit" -d 'Read the audit log'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand help; and not __fish_seen_subcommand_from users invites passkeys sessions groups claims clients api-keys keys audit login help" -f -a "login" -d 'Check a server URL and API key, and save them as a profile'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand help; and not __fish_seen_subcommand_from users invites passkeys sessions groups claims clients api-keys keys audit login help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "list" -d 'List users, ordered by username'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "show" -d 'Show a user with its groups and custom claims'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "create" -d 'Create a user'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "update" -d 'Change a user\'s fields; an empty value clears a field (or re-derives the display name)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "disable" -d 'Disable a user: they cannot sign in and get no new tokens'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "enable" -d 'Enable a disabled user again'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "delete" -d 'Delete a user and their passkeys, for good'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "invite" -d 'Make a one-time link with which the user registers a passkey'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "login-code" -d 'Make a one-time code with which the user signs in without a passkey (to add a new one)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand help; and __fish_seen_subcommand_from invites" -f -a "create" -d 'Make a sign-up link with which new people create their own account and passkey'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand help; and __fish_seen_subcommand_from invites" -f -a "list" -d 'List sign-up links, newest first, with the sign-ups they have left'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand help; and __fish_seen_subcommand_from invites" -f -a "revoke" -d 'Revoke a sign-up link: it stops working at once; accounts made with it stay'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand help; and __fish_seen_subcommand_from passkeys" -f -a "list" -d 'List a user\'s passkeys, oldest first'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand help; and __fish_seen_subcommand_from passkeys" -f -a "delete" -d 'Delete a user\'s passkey: it stops working at once'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand help; and __fish_seen_subcommand_from sessions" -f -a "list" -d 'List a user\'s sign-in sessions, newest first'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand help; and __fish_seen_subcommand_from sessions" -f -a "revoke" -d 'Sign a user out: end one session, or all of them with --all'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand help; and __fish_seen_subcommand_from groups" -f -a "list" -d 'List groups, ordered by name'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand help; and __fish_seen_subcommand_from groups" -f -a "show" -d 'Show a group with its members'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand help; and __fish_seen_subcommand_from groups" -f -a "create" -d 'Create a group'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand help; and __fish_seen_subcommand_from groups" -f -a "rename" -d 'Rename a group (apps see the new name in the `groups` claim)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand help; and __fish_seen_subcommand_from groups" -f -a "delete" -d 'Delete a group; its members stay, without it'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand help; and __fish_seen_subcommand_from groups" -f -a "add-member" -d 'Add users to a group'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand help; and __fish_seen_subcommand_from groups" -f -a "remove-member" -d 'Remove users from a group'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand help; and __fish_seen_subcommand_from claims" -f -a "list" -d 'List the custom claims of a user or a group'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand help; and __fish_seen_subcommand_from claims" -f -a "set" -d 'Set a custom claim of a user or a group'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand help; and __fish_seen_subcommand_from claims" -f -a "unset" -d 'Remove a custom claim from a user or a group'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand help; and __fish_seen_subcommand_from clients" -f -a "list" -d 'List clients, ordered by name'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand help; and __fish_seen_subcommand_from clients" -f -a "show" -d 'Show a client with its redirect URIs, allowed groups and secrets (by prefix only)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand help; and __fish_seen_subcommand_from clients" -f -a "create" -d 'Register a client and print its id and, for a confidential client, its secret (shown only this once)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand help; and __fish_seen_subcommand_from clients" -f -a "presets" -d 'List the apps `clients create --preset` knows, the redirect URIs each derives from --url, and what else each needs'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand help; and __fish_seen_subcommand_from clients" -f -a "update" -d 'Change a client\'s settings; lists given replace the old ones'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand help; and __fish_seen_subcommand_from clients" -f -a "delete" -d 'Delete a client: the app can no longer sign people in'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand help; and __fish_seen_subcommand_from clients" -f -a "rotate-secret" -d 'Give a confidential client a new secret and print it (shown only this once)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand help; and __fish_seen_subcommand_from api-keys" -f -a "list" -d 'List API keys, newest first'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand help; and __fish_seen_subcommand_from api-keys" -f -a "create" -d 'Create an API key and print its secret (shown only this once)'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand help; and __fish_seen_subcommand_from api-keys" -f -a "revoke" -d 'Revoke an API key: programs using it stop working at once'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "list" -d 'List the signing keys: by algorithm the active key, the next key (already published), and retired keys with when they leave the JWKS'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "rotate" -d 'Rotate: the next key starts signing, the active one retires (tokens it signed stay valid until they expire) and a fresh next key is published. Asks first'
complete -c pocketctl -n "__fish_pocketctl_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "list" -d 'List audit events, newest first'
