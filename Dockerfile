# The newsgraph server, as docker-compose.yml runs it. The build stage needs Node's npm as well as the .NET SDK:
# building NewsGraph.Api installs the Banana Cake Pop IDE and the dashboard's packages from npm (`npm ci`).

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends nodejs npm \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY .editorconfig Directory.Build.props Directory.Packages.props ./
COPY schema/ schema/
COPY src/ src/
RUN dotnet publish src/NewsGraph.App/NewsGraph.App.csproj -c Release -o /app -nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app ./
COPY seeds/ seeds/
# The image's unprivileged user; the embedded store, if used, goes to its home folder.
USER $APP_UID
EXPOSE 5080
ENTRYPOINT ["dotnet", "newsgraph.dll"]
CMD ["serve", "--urls", "http://0.0.0.0:5080", "--seeds", "/app/seeds"]
