//! The `pocket-id` binary: parse the command line, load the configuration, run one subcommand.

use std::process::ExitCode;

use clap::Parser;
use pocket_id::cli::{ApiKeyCommand, Cli, Command, KeysCommand, MigrateCommand};
use pocket_id::config::Config;
use pocket_id::{commands, logging};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let config = match Config::load(&cli.config) {
        Ok(config) => config,
        Err(errors) => {
            eprint!("{errors}");
            return ExitCode::FAILURE;
        }
    };
    let command = cli.command.unwrap_or(Command::Serve);
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(err) => {
            eprintln!("error: cannot start the async runtime: {err}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(command, config)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::FAILURE
        }
    }
}

async fn run(command: Command, config: Config) -> anyhow::Result<()> {
    match command {
        Command::Serve => {
            logging::init(&config.log_level, config.log_format);
            let listener = std::net::TcpListener::bind(config.listen)
                .map_err(|e| anyhow::anyhow!("cannot listen on {}: {e}", config.listen))?;
            pocket_id::serve(config, listener, pocket_id::shutdown_signal()).await
        }
        Command::CheckConfig => {
            println!("the configuration is valid");
            println!("  public_url   {}", config.public_url);
            println!("  listen       {}", config.listen);
            println!("  data_dir     {}", config.data_dir.display());
            println!("  database_url {}", config.database_url.redacted());
            match &config.admin_socket {
                Some(path) => println!("  admin_socket {}", path.display()),
                None => println!("  admin_socket off"),
            }
            println!("  encryption   {}", config.encryption_key.origin());
            match config.key_rotation {
                Some(period) => {
                    let secs = period.num_seconds();
                    match (secs % 86_400, secs % 3_600) {
                        (0, _) => println!("  key_rotation {}d", secs / 86_400),
                        (_, 0) => println!("  key_rotation {}h", secs / 3_600),
                        _ => println!("  key_rotation {secs}s"),
                    }
                }
                None => println!("  key_rotation off"),
            }
            match (config.metrics, &config.metrics_token) {
                (false, _) => println!("  metrics      off"),
                (true, Some(_)) => println!("  metrics      on, bearer token over HTTP"),
                (true, None) => println!("  metrics      on, admin socket only"),
            }
            Ok(())
        }
        Command::Migrate(MigrateCommand::Status) => {
            print!("{}", commands::migrate_status(&config).await?);
            Ok(())
        }
        Command::Migrate(MigrateCommand::Up) => {
            pocket_id::open_store(&config).await?;
            print!("{}", commands::migrate_status(&config).await?);
            Ok(())
        }
        Command::Healthcheck(args) => commands::healthcheck(&config, &args),
        Command::ApiKey(ApiKeyCommand::Create(args)) => {
            println!("{}", commands::create_api_key(&config, &args).await?);
            Ok(())
        }
        Command::Keys(KeysCommand::List) => {
            print!("{}", commands::list_keys(&config).await?);
            Ok(())
        }
        Command::Keys(KeysCommand::Rotate { alg }) => {
            print!("{}", commands::rotate_keys(&config, alg).await?);
            Ok(())
        }
        Command::SetupLink => {
            println!("{}", commands::setup_link(&config).await?);
            Ok(())
        }
        Command::Backup(args) => {
            let written = pocket_id::backup::backup(&config, &args.out, args.force).await?;
            println!("{}", written.display());
            eprintln!("note: {}", pocket_id::backup::key_reminder(&config));
            Ok(())
        }
        Command::Restore(args) => {
            let restored = pocket_id::backup::restore(&config, &args.file).await?;
            println!(
                "restored `{}` as `{}`",
                args.file.display(),
                restored.database.display()
            );
            if let Some(previous) = restored.previous {
                println!("the previous database is kept as `{}`", previous.display());
            }
            eprintln!("note: {}", pocket_id::backup::key_reminder(&config));
            Ok(())
        }
        Command::Openapi => {
            println!("{}", pocket_id::http::admin::spec_json());
            Ok(())
        }
    }
}
